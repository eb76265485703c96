/// `LinkResolving` for a built site, from dictionaries made once: which article pages exist per locale.
///
/// A relative `x.md#frag` link leads to the page of `x` in the page's locale when it has one (a real
/// translation), else to the source locale's page, else to the page of whichever locale has the article. A link to a folder's `index.yml` landing page leads to
/// that folder on the locale index; other files of the content tree are copied and linked.
public struct SiteLinkResolver: LinkResolving {
    /// locale → locale-relative Markdown path → output path of the page rendered from that article.
    public let pages: ArticlePageIndex
    public let sourceLocale: String
    /// Every locale, source first: the last places to look for an article.
    public let locales: [String]
    public let assets: any AssetLooking

    public init(pages: [String: [String: String]], locales: [String], assets: any AssetLooking) {
        self.init(pages: ArticlePageIndex(pages), locales: locales, assets: assets)
    }

    public init(pages: ArticlePageIndex, locales: [String], assets: any AssetLooking) {
        self.pages = pages
        self.sourceLocale = locales.first ?? ""
        self.locales = locales
        self.assets = assets
    }

    public func resolve(_ destination: String, writtenIn documentPath: String, pageLocale: String) -> SiteLink {
        let trimmed = destination.trimmingSpaces
        guard URLPolicy.isSafeLink(trimmed) else { return .refused }
        if trimmed.hasPrefix("#") { return .fragment(String(trimmed.dropFirst())) }
        if trimmed.isEmpty || URLPolicy.isExternal(trimmed) || trimmed.hasPrefix("/") { return .unchanged(destination) }
        let target = LinkTarget(trimmed)
        guard let resolved = SitePath.resolve(target.path, against: documentPath) else { return .unchanged(destination) }
        let (locale, rest) = SitePath.splitLocale(resolved)
        if rest.lowercased().hasSuffix(".md") {
            let page = pages.output(locale: pageLocale, path: rest) ?? pages.output(locale: sourceLocale, path: rest)
                ?? pages.output(locale: locale, path: rest) ?? locales.lazy.compactMap { pages.output(locale: $0, path: rest) }.first
            return .page(page ?? pageLocale + "/" + SitePath.htmlPath(for: rest), fragment: target.fragment)
        }
        if rest == "index.yml" || rest.hasSuffix("/index.yml"), assets.asset(target.path, writtenIn: documentPath, pageLocale: pageLocale) != nil {
            let folder = rest.dropLast("index.yml".count).trimmingCharacters(inSlashes: ())
            if pages.entries(in: pageLocale).contains(where: { $0.path.hasPrefix(folder) }) {
                return .page(pageLocale + "/index.html", fragment: LocaleIndex.folderID(folder))
            }
        }
        if let file = assets.asset(target.path, writtenIn: documentPath, pageLocale: pageLocale) {
            return .file(file, fragment: target.fragment)
        }
        return .unchanged(destination)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(inSlashes: ()) -> String {
        var s = self
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
