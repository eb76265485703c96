/// `<out>/<locale>/index.html`: the locale's articles by folder, with each translation's status.
struct LocaleIndex {
    var locale: String
    var plan: SitePlan
    /// Each page's article title, by page index.
    var titles: [String]
    var siteTitle: String

    /// The id of a folder's section on the locale index (`admin/misc` → `folder-admin-misc`).
    static func folderID(_ folder: String) -> String {
        folder.isEmpty ? "folder-root" : "folder-" + folder.replacingOccurrences(of: "/", with: "-")
    }

    var outputPath: String { locale + "/index.html" }

    func values() -> [String: Any] {
        let strings = SiteStrings.for(locale: locale)
        // Indexes into the plan, not a filtered copy of its pages (300 bytes a page, 50,000 pages a locale).
        let pages = plan.pages.indices.filter { plan.pages[$0].locale == locale }
        var chrome = PageChrome(outputPath: outputPath, locale: locale, title: strings.allArticles, siteTitle: siteTitle, strings: strings)
        chrome.alternates = plan.publishedLocales.map { ($0, $0 + "/index.html") }
        chrome.languages = chrome.alternates
        var values = chrome.values()
        values["title"] = strings.allArticles
        values["articleCount"] = "\(pages.count) \(strings.articles)"
        // Pages by folder; each article's entry is made when the template (or the cache key) walks the folder.
        var folders: [String: [Int]] = [:]
        for index in pages {
            let parts = plan.pages[index].relativePath.split(separator: "/").dropLast()
            // Ancestors without articles of their own still get a heading, so breadcrumbs can link to them.
            for depth in parts.indices { folders[parts[...depth].joined(separator: "/"), default: []] += [] }
            folders[parts.joined(separator: "/"), default: []].append(index)
        }
        values["folders"] = folders.keys.sorted().map { name -> [String: Any] in
            let members = folders[name] ?? []
            let articles = TemplateRows(count: members.count) { entry(for: members[$0], chrome: chrome, strings: strings) }
            var folder: [String: Any] = ["name": name.isEmpty ? "/" : name, "articles": articles, "hasArticles": !members.isEmpty]
            if !name.isEmpty { folder["id"] = Self.folderID(name) }
            return folder
        }
        values["rootID"] = Self.folderID("")
        return values
    }

    private func entry(for index: Int, chrome: PageChrome, strings: SiteStrings) -> [String: Any] {
        let page = plan.pages[index]
        var entry: [String: Any] = [
            "title": HTMLWriter.xmlSafe(titles[index]),
            "href": chrome.url(page.outputPath),
        ]
        if page.kind != .source {
            let status = page.kind == .fallback ? DriftStatus.missing : page.drift?.status ?? (page.kind == .orphan ? .orphaned : .current)
            entry["status"] = status.rawValue
            entry["statusLabel"] = strings.status(status)
            entry["machineTranslated"] = page.kind != .fallback && page.drift?.isMachineTranslated == true
        }
        return entry
    }
}
