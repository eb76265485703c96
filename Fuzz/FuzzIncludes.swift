/// The include provider of the fuzz target: every include path leads back to the article being rendered.
struct FuzzIncludes: ArticleProviding {
    let article: Article

    func article(at contentPath: String) -> Article? { article }
}
