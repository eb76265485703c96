/// `ArticleProviding` over a content set: the parsed article at a content path, when it could be read.
public struct ContentArticles: ArticleProviding {
    public let content: ContentSet

    public init(content: ContentSet) {
        self.content = content
    }

    public func article(at contentPath: String) -> Article? {
        guard let document = content.document(at: contentPath), document.isUsable else { return nil }
        return document.article
    }
}
