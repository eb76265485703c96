/// One article as the rules see it: the parsed document and what the rules ask of it.
public struct ValidationSubject: Sendable {
    public var document: Document

    public init(document: Document) {
        self.document = document
    }

    public var uiPaths: [UIPath] { document.article.uiPaths }

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

    /// A link's visible text (the parser folds raw-HTML `<a href>…</a>` into links, so they have text too).
    public func text(of link: Link) -> String { link.text }
}
