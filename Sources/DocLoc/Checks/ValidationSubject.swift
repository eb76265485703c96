/// One article as the rules see it: the parsed document plus facts gathered from its inlines in one walk —
/// UI paths whose labels include raw-HTML links (`**Users** \> <a href="…">Active users</a>`), and the
/// text of every raw-HTML link.
public struct ValidationSubject: Sendable {
    public var document: Document
    public var uiPaths: [UIPath]
    /// The visible text of `<a href>` links, by the link's location.
    public var htmlLinkTexts: [SourceLocation: String]

    public init(document: Document) {
        self.document = document
        var gatherer = InlineFactGatherer()
        for (index, section) in document.article.sections.enumerated() {
            gatherer.section = index
            if section.level > 0 { gatherer.visit(inlines: section.heading) }
            for block in section.blocks { gatherer.visit(block) }
        }
        self.uiPaths = gatherer.uiPaths
        self.htmlLinkTexts = gatherer.htmlLinkTexts
    }

    public var path: String { document.path }
    public var article: Article { document.article }
    public var locale: String { document.locale }

    /// The fwlink ids of the article's fwlinks, by location (hints for garbled link labels in UI paths).
    public var fwlinks: [SourceLocation: Int] {
        var result: [SourceLocation: Int] = [:]
        for link in article.links { if let id = link.fwlinkID { result[link.location] = id } }
        return result
    }

    /// Every UI path of the article traced against the model in the article's locale.
    public func traces(_ resolver: ModelResolver) -> [UIPathTrace] {
        let fwlinks = self.fwlinks
        return uiPaths.map { resolver.trace($0, locale: locale, fwlinks: fwlinks) }
    }

    /// A link's visible text: its Markdown text, or the text inside a raw-HTML `<a>`.
    public func text(of link: Link) -> String {
        link.text.isEmpty ? (htmlLinkTexts[link.location] ?? "") : link.text
    }
}
