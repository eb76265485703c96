/// `<out>/<locale>/index.html`: the locale's articles by folder, with each translation's status.
struct LocaleIndex {
    var locale: String
    var plan: SitePlan
    /// Each page's article title, by page index.
    var titles: [String]
    var siteTitle: String

    /// The id of a folder's section on the locale index (`admin/misc` → `folder-admin-misc`).
    static func folderID(_ folder: String) -> String {
        guard !folder.isEmpty else { return "folder-root" }
        // On the bytes: Foundation's `replacingOccurrences` ran for every folder of every page's breadcrumbs.
        var bytes = Array("folder-".utf8)
        bytes.reserveCapacity(bytes.count + folder.utf8.count)
        for byte in folder.utf8 { bytes.append(byte == UInt8(ascii: "/") ? UInt8(ascii: "-") : byte) }
        return String(decoding: bytes, as: UTF8.self)
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
        // Each folder's name by what precedes a path's last slash (pages of a folder share it): split and joined
        // once a folder, not once a page.
        var named: [Substring: String] = [:]
        for index in pages {
            let path = plan.pages[index].relativePath
            let prefix = path[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.startIndex)]
            if let folder = named[prefix] {
                folders[folder, default: []].append(index)
                continue
            }
            let parts = prefix.split(separator: "/")
            let folder = parts.joined(separator: "/")
            named[prefix] = folder
            // Ancestors without articles of their own still get a heading, so breadcrumbs can link to them.
            for depth in parts.indices { folders[parts[...depth].joined(separator: "/"), default: []] += [] }
            folders[folder, default: []].append(index)
        }
        values["folders"] = folders.keys.sorted().map { name -> [String: Any] in
            let members = folders[name] ?? []
            var articles = TemplateRows(count: members.count) { entry(for: members[$0], chrome: chrome, strings: strings) }
            articles.inputs = { rowDigest(members[$0]) }
            var folder: [String: Any] = ["name": name.isEmpty ? "/" : name, "articles": articles, "hasArticles": !members.isEmpty]
            if !name.isEmpty { folder["id"] = Self.folderID(name) }
            return folder
        }
        values["rootID"] = Self.folderID("")
        return values
    }

    /// A row's digest from what makes it (`TemplateRows.inputs`): its page's output path, kind, title and, but for a
    /// source article, the status and machine-translation flag it shows — the index's own path, locale and strings
    /// are the same for all its rows, and in its key with the docloc executable. The version string changes whenever
    /// what a row shows does.
    func rowDigest(_ index: Int) -> [UInt8] {
        let page = plan.pages[index]
        var hasher = StableHasher()
        hasher.add("locale index row 1")
        hasher.add(page.outputPath)
        hasher.add(page.kind.rawValue)
        hasher.add(titles[index])
        if let (status, machineTranslated) = Self.shownStatus(of: page) {
            hasher.add(status.rawValue)
            hasher.add(machineTranslated)
        } else {
            hasher.add("source")
        }
        return hasher.finalizeBytes()
    }

    /// The status a page's row shows, and whether it is flagged machine-translated: none for a source article.
    private static func shownStatus(of page: SitePage) -> (DriftStatus, Bool)? {
        guard page.kind != .source else { return nil }
        let status = page.kind == .fallback ? DriftStatus.missing : page.drift?.status ?? (page.kind == .orphan ? .orphaned : .current)
        return (status, page.kind != .fallback && page.drift?.isMachineTranslated == true)
    }

    private func entry(for index: Int, chrome: PageChrome, strings: SiteStrings) -> [String: Any] {
        let page = plan.pages[index]
        var entry: [String: Any] = [
            "title": HTMLWriter.xmlSafe(titles[index]),
            "href": chrome.url(page.outputPath),
        ]
        if let (status, machineTranslated) = Self.shownStatus(of: page) {
            entry["status"] = status.rawValue
            entry["statusLabel"] = strings.status(status)
            entry["machineTranslated"] = machineTranslated
        }
        return entry
    }
}
