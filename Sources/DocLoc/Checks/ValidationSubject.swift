/// One article as the rules see it: the parsed document and what the rules ask of it.
public struct ValidationSubject: Sendable {
    public var document: Document
    /// The UI paths traced once, when the subject was made with the model's resolver (several rules read them).
    private var tracedPaths: [UIPathTrace]?

    public init(document: Document, resolver: ModelResolver? = nil) {
        self.document = document
        if let resolver { tracedPaths = Self.trace(document, resolver) }
    }

    public var uiPaths: [UIPath] { document.article.uiPaths }

    public var path: String { document.path }
    public var article: Article { document.article }
    public var locale: String { document.locale }

    /// The fwlink ids of the article's fwlinks, by location (hints for garbled link labels in UI paths).
    public var fwlinks: [SourceLocation: Int] { Self.fwlinks(of: article) }

    private static func fwlinks(of article: Article) -> [SourceLocation: Int] {
        var result: [SourceLocation: Int] = [:]
        for link in article.links { if let id = link.fwlinkID { result[link.location] = id } }
        return result
    }

    /// Every UI path of the article traced against the model in the article's locale.
    public func traces(_ resolver: ModelResolver) -> [UIPathTrace] {
        tracedPaths ?? Self.trace(document, resolver)
    }

    private static func trace(_ document: Document, _ resolver: ModelResolver) -> [UIPathTrace] {
        let fwlinks = fwlinks(of: document.article)
        return document.article.uiPaths.map { resolver.trace($0, locale: document.locale, fwlinks: fwlinks) }
    }

    /// A link's visible text (the parser folds raw-HTML `<a href>…</a>` into links, so they have text too).
    public func text(of link: Link) -> String { link.text }
}
