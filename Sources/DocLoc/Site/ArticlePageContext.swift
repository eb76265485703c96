/// The template values of an article page: the chrome, breadcrumbs, banners and the rendered body.
struct ArticlePageContext {
    var page: SitePage
    var plan: SitePlan
    var article: Article
    var rendered: RenderedArticle
    var siteTitle: String

    func values() -> [String: Any] {
        let strings = SiteStrings.for(locale: page.locale)
        let versions = plan.versions(of: page)
        let title = article.title.isEmpty ? page.relativePath : article.title
        var chrome = PageChrome(
            outputPath: page.outputPath, locale: page.locale, title: title, description: article.frontMatter.description,
            siteTitle: siteTitle, strings: strings)
        chrome.alternates = versions.filter(\.isLanguageVersion).map { ($0.locale, $0.outputPath) }
        chrome.languages = plan.publishedLocales.map { locale in
            (locale, versions.first { $0.locale == locale }?.outputPath ?? locale + "/index.html")
        }
        var values = chrome.values()
        values["title"] = HTMLWriter.xmlSafe(title)
        values["contentLang"] = page.kind == .fallback ? plan.sourceLocale : page.locale
        values["body"] = String(decoding: rendered.body, as: UTF8.self)
        values["hasTitleHeading"] = rendered.hasTitleHeading
        values["toc"] = rendered.tableOfContents.map { ["title": $0.title, "id": $0.id, "level": $0.level] as [String: Any] }
        values["hasToc"] = rendered.tableOfContents.count > 1
        values["breadcrumbs"] = breadcrumbs(title: title, chrome: chrome, strings: strings)
        values["banners"] = banners(strings: strings, chrome: chrome, source: versions.first { $0.kind == .source })
        return values
    }

    private func breadcrumbs(title: String, chrome: PageChrome, strings: SiteStrings) -> [[String: Any]] {
        var crumbs: [[String: Any]] = [["title": HTMLWriter.xmlSafe(siteTitle), "href": chrome.url(page.locale + "/index.html")]]
        let folders = page.relativePath.split(separator: "/").dropLast()
        for depth in folders.indices {
            let folder = folders[...depth].joined(separator: "/")
            crumbs.append([
                "title": String(folders[depth]),
                "href": chrome.url(page.locale + "/index.html", fragment: LocaleIndex.folderID(folder)),
            ])
        }
        crumbs.append(["title": HTMLWriter.xmlSafe(title)])
        return crumbs
    }

    private func banners(strings: SiteStrings, chrome: PageChrome, source: SitePage?) -> [[String: Any]] {
        let sourceName = SiteStrings.name(of: plan.sourceLocale, in: page.locale)
        var sourceLink: [String: Any] = ["sourceLang": plan.sourceLocale]
        if let source, source.outputPath != page.outputPath {
            sourceLink["sourceHref"] = chrome.url(source.outputPath)
            sourceLink["readSource"] = strings.fill(strings.readSource, language: sourceName)
        }
        var banners: [[String: Any]] = []
        switch page.kind {
        case .fallback:
            banners.append(
                ["kind": "missing", "title": strings.missingTitle, "text": strings.fill(strings.missingText, language: sourceName)])
        case .translation where page.drift?.status == .outdated:
            let findings = page.drift?.findings ?? []
            var banner = sourceLink
            banner["kind"] = "outdated"
            banner["title"] = strings.outdatedTitle
            banner["text"] = strings.fill(strings.outdatedText, language: sourceName)
            banner["reasonsTitle"] = strings.outdatedReasons
            banner["reasonCount"] = findings.count
            banner["hasReasons"] = !findings.isEmpty
            // A few reasons are shown at once; a long list starts folded.
            banner["reasonsOpen"] = findings.count <= 5
            banner["reasons"] = findings.map { finding -> [String: Any] in
                ["kind": strings.findingKind(finding.kind), "message": HTMLWriter.xmlSafe(finding.message)]
            }
            banners.append(banner)
        default:
            break
        }
        if page.kind != .fallback, page.kind != .source, page.drift?.isMachineTranslated ?? article.frontMatter.isMachineTranslated {
            var banner = banners.isEmpty ? sourceLink : [:]
            banner["kind"] = "machine-translated"
            banner["title"] = strings.machineTranslatedTitle
            banner["text"] = strings.machineTranslatedText
            banners.append(banner)
        }
        return banners
    }
}
