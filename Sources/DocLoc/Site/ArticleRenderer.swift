/// Renders an `Article` (the parsed Swift values, never cmark) into the HTML of a page body. Text is escaped
/// by default; raw HTML goes through `HTMLSanitizer`; links and images through `PageURLs`.
///
/// Headings get the anchor the source uses: a translated heading's `<a name="english-slug">` becomes the
/// heading's `id`, and its own slug stays reachable as an empty `<a id>` inside it.
public struct ArticleRenderer {
    public let strings: SiteStrings
    public let includes: any ArticleProviding
    public let sourceLocale: String

    var writer = HTMLWriter(capacity: 16_384)
    var ids = IDRegistry()
    var urls: PageURLs
    var toc: [TOCEntry] = []
    var headingSlugs: [SourceLocation: String] = [:]
    /// Raw-HTML elements opened by inline tags and not yet closed.
    var openInline: [OpenInlineTag] = []
    var tagCache: [String: HTMLNode?] = [:]
    var includeStack: [String] = []
    /// How many includes this page has rendered: includes that include each other several times would
    /// otherwise grow a page exponentially with the depth (an include bomb).
    var includesRendered = 0

    /// The most includes one page renders, nested or not.
    public static let maximumIncludes = 200

    public init(
        strings: SiteStrings, links: any LinkResolving, assets: any AssetLooking, includes: any ArticleProviding,
        sourceLocale: String, pagePath: String, pageLocale: String, documentPath: String
    ) {
        self.strings = strings
        self.includes = includes
        self.sourceLocale = sourceLocale
        self.urls = PageURLs(links: links, assets: assets, pagePath: pagePath, pageLocale: pageLocale, documentPath: documentPath)
        // The page's own article is the bottom of the stack, so an include that leads back to it is cut at once.
        self.includeStack = [documentPath]
    }

    public mutating func render(_ article: Article) -> RenderedArticle {
        headingSlugs = Self.slugs(of: article)
        for section in article.sections {
            if section.level > 0 {
                heading(level: section.level, content: section.heading, slug: section.slug, explicit: section.explicitAnchor)
            }
            blocks(section.blocks, tight: false)
        }
        return RenderedArticle(
            body: writer.bytes, tableOfContents: toc, hasTitleHeading: article.sections.contains { $0.level == 1 }, usedFiles: urls.usedFiles, ids: ids)
    }

    /// A paragraph of nothing but raw tags and spaces (`<a name="x"> </a>` on its own line) is written
    /// without an empty `<p>` around it.
    static func isInvisible(_ inlines: [Inline]) -> Bool {
        inlines.allSatisfy { inline in
            switch inline.kind {
            case .html, .softBreak: true
            case .text(let text): text.allSatisfy(\.isWhitespace)
            default: false
            }
        }
    }

    static func isLoneVideo(_ blocks: [Block]) -> Bool {
        guard blocks.count == 1, case .video = blocks[0].kind else { return false }
        return true
    }

    static func slugs(of article: Article) -> [SourceLocation: String] {
        var slugs: [SourceLocation: String] = [:]
        for anchor in article.anchors where anchor.origin == .heading { slugs[anchor.location] = anchor.name }
        return slugs
    }

    // MARK: - Blocks

    mutating func blocks(_ blocks: [Block], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    mutating func block(_ block: Block, tight: Bool) {
        switch block.kind {
        case .heading(let level, let content):
            let slug = headingSlugs[block.range.lowerBound] ?? Slugger.slug(content.plainText)
            heading(level: level, content: content, slug: slug, explicit: nil)
        case .paragraph(let inlines):
            if tight || Self.isInvisible(inlines) {
                self.inlines(inlines)
            } else {
                writer.open("p")
                self.inlines(inlines)
                writer.close("p")
            }
            writer.append("\n")
        case .list(let list): self.list(list)
        case .blockQuote(let children) where Self.isLoneVideo(children):
            // `> [!VIDEO …]` is a video, not a quotation.
            self.block(children[0], tight: false)
        case .blockQuote(let children):
            writer.append("<blockquote>\n")
            blocks(children, tight: false)
            writer.append("</blockquote>\n")
        case .alert(let kind, let children): alert(kind, children)
        case .codeBlock(let language, let code): codeBlock(language: language, code: code)
        case .html(let html):
            HTMLSanitizer.write(LibXML2.parseHTMLFragment(html), into: &writer, ids: &ids, urls: &urls)
            writer.append("\n")
        case .table(let table): self.table(table)
        case .thematicBreak: writer.append("<hr/>\n")
        case .include(let include): self.include(include)
        case .video(let url): video(url)
        case .moniker(let range, let children): if !children.isEmpty { moniker(range, children) }
        case .image(let image): docFXImage(image)
        }
    }

    mutating func heading(level: Int, content: [Inline], slug: String, explicit: String?) {
        let name = "h\(min(max(level, 1), 6))"
        let primary = [explicit, slug].compactMap { $0 }.first { ids.claim($0) }
        writer.open(name, primary.map { [("id", $0)] } ?? [])
        if primary == explicit, slug != explicit, ids.claim(slug) {
            writer.open("a", [("id", slug)])
            writer.close("a")
        }
        inlines(content)
        if let primary {
            writer.open("a", [("class", "heading-anchor"), ("href", "#" + primary), ("aria-hidden", "true")])
            writer.append("#")
            writer.close("a")
            if level == 2 || level == 3 {
                toc.append(TOCEntry(title: HTMLWriter.xmlSafe(content.plainText.trimmingSpaces), id: primary, level: level))
            }
        }
        writer.close(name)
        writer.append("\n")
    }
}
