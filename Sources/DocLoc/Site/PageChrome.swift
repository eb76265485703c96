/// The values every page's layout reads: language, title, alternates, the language switcher, the search box.
/// Every URL is relative to the page, so the site works from disk and under any base path.
struct PageChrome {
    var outputPath: String
    var locale: String
    var title: String
    var description: String?
    var siteTitle: String
    var strings: SiteStrings
    /// (locale, output path) of each language version, for `<link rel="alternate">`; the source first.
    var alternates: [(locale: String, path: String)] = []
    /// (locale, output path) per locale for the language switcher.
    var languages: [(locale: String, path: String)] = []
    /// Whether the page offers search (pages inside a locale folder do).
    var hasSearch = true

    func values() -> [String: Any] {
        let root = SitePath.rootPrefix(of: outputPath)
        var values: [String: Any] = [
            "lang": locale,
            "pageTitle": HTMLWriter.xmlSafe(title == siteTitle || title.isEmpty ? siteTitle : "\(title) – \(siteTitle)"),
            "siteTitle": HTMLWriter.xmlSafe(siteTitle),
            "root": root,
            "home": hasSearch ? url(locale + "/index.html") : url("index.html"),
            "strings": strings.templateValues,
            "searchScript": hasSearch,
            "searchIndex": url(locale + "/search-index.js"),
            "localeRoot": root,
        ]
        if let description, !description.isEmpty { values["description"] = HTMLWriter.xmlSafe(description) }
        var links: [[String: Any]] = alternates.map { ["hreflang": $0.locale, "href": url($0.path)] }
        if let source = alternates.first, alternates.count > 1 { links.append(["hreflang": "x-default", "href": url(source.path)]) }
        values["alternates"] = alternates.count > 1 ? links : []
        values["languages"] = languages.map { entry -> [String: Any] in
            ["tag": entry.locale, "name": SiteStrings.autonym(of: entry.locale), "href": url(entry.path), "current": entry.locale == locale]
        }
        values["hasLanguages"] = languages.count > 1
        return values
    }

    /// A URL from this page to another output path.
    func url(_ path: String, fragment: String? = nil) -> String {
        let base = SitePath.relativeURL(from: outputPath, to: path)
        guard let fragment else { return base }
        return base + "#" + fragment
    }
}
