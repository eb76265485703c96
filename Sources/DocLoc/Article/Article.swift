/// One parsed Markdown article: front matter, sections of blocks, and the facts the checks,
/// the drift comparison and the renderer read (anchors, links, images, UI paths, …), each with its position.
public struct Article: Hashable, Codable, Sendable {
    /// The path the article was read from, as diagnostics name it.
    public var path: String
    public var frontMatter: FrontMatter
    public var sections: [Section]
    /// Every fragment target the page defines, in document order (duplicates included).
    public var anchors: [Anchor]
    public var links: [Link]
    public var images: [ImageReference]
    public var includes: [TextRun]
    public var uiPaths: [UIPath]
    public var boldRuns: [TextRun]
    public var inlineCode: [TextRun]
    public var numbers: [TextRun]
    /// The line where the Markdown body starts (1 when there is no front matter).
    public var bodyStartLine: Int

    public init(
        path: String, frontMatter: FrontMatter = FrontMatter(), sections: [Section] = [],
        anchors: [Anchor] = [], links: [Link] = [], images: [ImageReference] = [], includes: [TextRun] = [],
        uiPaths: [UIPath] = [], boldRuns: [TextRun] = [], inlineCode: [TextRun] = [], numbers: [TextRun] = [],
        bodyStartLine: Int = 1
    ) {
        self.path = path
        self.frontMatter = frontMatter
        self.sections = sections
        self.anchors = anchors
        self.links = links
        self.images = images
        self.includes = includes
        self.uiPaths = uiPaths
        self.boldRuns = boldRuns
        self.inlineCode = inlineCode
        self.numbers = numbers
        self.bodyStartLine = bodyStartLine
    }

    /// The title: front matter `title`, else the first heading.
    public var title: String {
        if let t = frontMatter.title, !t.isEmpty { return t }
        return sections.first { $0.level > 0 }?.title ?? ""
    }

    /// All blocks in document order, headings excluded.
    public var blocks: [Block] { sections.flatMap(\.blocks) }

    /// The names of every anchor the page defines.
    public var anchorNames: Set<String> { Set(anchors.map(\.name)) }
}
