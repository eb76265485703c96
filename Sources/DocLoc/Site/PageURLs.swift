/// `URLRewriting` for one page: asks the link resolver and the asset lookup where a URL leads, writes it
/// relative to the page, and remembers which content files the page uses so the builder copies them.
struct PageURLs: URLRewriting {
    let links: any LinkResolving
    let assets: any AssetLooking
    /// The page's output path (`nl-NL/admin/x.html`) and locale.
    let pagePath: String
    let pageLocale: String
    /// The Markdown file whose text is being rendered (changes inside includes).
    var documentPath: String
    private(set) var usedFiles: Set<String> = []

    init(links: any LinkResolving, assets: any AssetLooking, pagePath: String, pageLocale: String, documentPath: String) {
        self.links = links
        self.assets = assets
        self.pagePath = pagePath
        self.pageLocale = pageLocale
        self.documentPath = documentPath
    }

    mutating func link(_ destination: String) -> String? {
        switch links.resolve(destination, writtenIn: documentPath, pageLocale: pageLocale) {
        case .refused: return nil
        case .unchanged(let url): return url
        case .fragment(let fragment): return "#" + fragment
        case .page(let path, let fragment): return url(to: path, fragment: fragment)
        case .file(let path, let fragment):
            usedFiles.insert(path)
            return url(to: path, fragment: fragment)
        }
    }

    mutating func image(_ source: String) -> String? {
        let trimmed = source.trimmingSpaces
        guard URLPolicy.isSafeImage(trimmed) else { return nil }
        if URLPolicy.isExternal(trimmed) || trimmed.hasPrefix("/") { return trimmed }
        guard let file = assets.asset(trimmed, writtenIn: documentPath, pageLocale: pageLocale) else { return source }
        usedFiles.insert(file)
        return url(to: file, fragment: nil)
    }

    /// A URL relative to this page for an output path.
    func url(to path: String, fragment: String?) -> String {
        let base = path == pagePath ? "" : SitePath.relativeURL(from: pagePath, to: path)
        guard let fragment, !fragment.isEmpty else { return base.isEmpty ? "#" : base }
        return base + "#" + fragment
    }
}
