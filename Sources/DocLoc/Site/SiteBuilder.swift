import Foundation

/// Render → Write: plans every page, renders the articles in parallel straight to the staging folder, writes
/// the indexes, the dashboard, the search indexes and the sitemap, copies the images pages use, and swaps
/// the new site into place. With `verify`, every page is read back by libxml2's XML parser first and nothing
/// is published when one is not well-formed.
///
/// Every build records each article page's inputs in `BuildCache` (`<out>/.docloc-cache`). With
/// `incremental`, a page whose key (`PageInputs`) equals the previous build's, and whose previous bytes are
/// still as written, is linked from the previous site instead of rendered; the result is the same site a
/// full build writes, published the same atomic way.
public struct SiteBuilder: Sendable {
    public var content: ContentSet
    public var drift: DriftReport
    public var theme: Theme
    public var verify: Bool
    public var incremental: Bool
    /// What identifies the code that renders (part of every cache key): by default the docloc executable's
    /// path, size and modification time, so a rebuilt docloc never reuses pages an older one wrote.
    public var generator: String

    public init(
        content: ContentSet, drift: DriftReport, theme: Theme, verify: Bool = false, incremental: Bool = false,
        generator: String = SiteBuilder.executableIdentity()
    ) {
        self.content = content
        self.drift = drift
        self.theme = theme
        self.verify = verify
        self.incremental = incremental
        self.generator = generator
    }

    struct PageOutcome: Sendable {
        var search: SearchIndex.Entry
        var title: String
        var usedFiles: Set<String>
        var malformed: WellFormednessError?
        var error: DocLocError?
        var cache: BuildCache.Entry?
        var reused = false
    }

    public func build(into out: URL) throws -> SiteBuildResult {
        let folder = try OutputFolder.prepare(out, content: content.root)
        do {
            return try build(in: folder)
        } catch {
            folder.discard()
            throw error
        }
    }

    /// The running executable's path, size and modification time.
    public static func executableIdentity() -> String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? "docloc"
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)\n\(size)\n\(modified)"
    }

    private func build(in folder: OutputFolder) throws -> SiteBuildResult {
        let configuration = content.configuration
        let plan = SitePlan(content: content, drift: drift)
        let assets = SiteAssetLookup(root: content.root, locales: configuration.locales)
        let links = SiteLinkResolver(pages: plan.articlePages, locales: configuration.locales, assets: assets)
        let includes = ContentArticles(content: content)
        let (content, theme, verify) = (self.content, self.theme, self.verify)
        let inputs = PageInputs(content: content, plan: plan, theme: theme, assetFiles: assets.files, generator: generator)
        let previous = incremental ? BuildCache.load(from: folder.destination) : BuildCache()
        try folder.createFolders(for: plan.pages.map(\.outputPath))
        let outcomes = ParallelMap.map(plan.pages) { page -> PageOutcome in
            let document = content.documents[page.document]
            var outcome = PageOutcome(
                search: SearchIndex.entry(for: document.article, url: page.outputPath), title: document.article.title,
                usedFiles: [])
            if let old = previous.pages[page.outputPath], inputs.key(for: page, includeLookups: old.includeLookups) == old.key,
                let bytes = folder.reuse(page.outputPath, digest: old.output)
            {
                outcome.usedFiles = Set(old.usedFiles)
                outcome.cache = old
                outcome.reused = true
                outcome.malformed = verify ? LibXML2.xmlWellFormednessError(bytes) : nil
                return outcome
            }
            let recorder = RecordingArticles(includes)
            var renderer = ArticleRenderer(
                strings: SiteStrings.for(locale: page.locale), links: links, assets: assets, includes: recorder,
                sourceLocale: configuration.source, pagePath: page.outputPath, pageLocale: page.locale,
                documentPath: document.path)
            let rendered = renderer.render(document.article)
            let context = ArticlePageContext(
                page: page, plan: plan, article: document.article, rendered: rendered, siteTitle: configuration.siteTitle)
            let bytes = Array(theme.render("article", context.values()).utf8)
            outcome.usedFiles = rendered.usedFiles
            outcome.malformed = verify ? LibXML2.xmlWellFormednessError(bytes) : nil
            let lookups = recorder.lookups
            outcome.cache = inputs.key(for: page, includeLookups: lookups).map { key in
                BuildCache.Entry(
                    key: key, output: StableHasher.digest(bytes), usedFiles: rendered.usedFiles.sorted(), includeLookups: lookups)
            }
            do { try folder.write(page.outputPath, bytes) } catch { outcome.error = error as? DocLocError }
            return outcome
        }
        if let error = outcomes.lazy.compactMap(\.error).first { throw error }
        var written = plan.pages.map(\.outputPath)
        var malformed = zip(plan.pages, outcomes).compactMap { page, outcome in
            outcome.malformed.map { MalformedPage(path: page.outputPath, error: $0) }
        }
        func emit(_ path: String, _ bytes: [UInt8], check: Bool = true) throws {
            try folder.write(path, bytes)
            written.append(path)
            if verify, check, let error = LibXML2.xmlWellFormednessError(bytes) { malformed.append(MalformedPage(path: path, error: error)) }
        }
        var titles: [String: String] = [:]
        for (page, outcome) in zip(plan.pages, outcomes) { titles[page.outputPath] = outcome.title }
        for locale in plan.publishedLocales {
            let index = LocaleIndex(locale: locale, plan: plan, titles: titles, siteTitle: configuration.siteTitle)
            try emit(index.outputPath, Array(theme.render("locale-index", index.values()).utf8))
            let search = SearchIndex(entries: zip(plan.pages, outcomes).filter { $0.0.locale == locale }.map(\.1.search))
            try emit(locale + "/search-index.json", search.json(), check: false)
            try emit(locale + "/search-index.js", search.script(), check: false)
        }
        let chooser = LanguageChooser(plan: plan, siteTitle: configuration.siteTitle)
        try emit("index.html", Array(theme.render("language-chooser", chooser.values()).utf8))
        let dashboard = StatusDashboard(plan: plan, drift: drift, titles: titles, siteTitle: configuration.siteTitle)
        try emit(StatusDashboard.outputPath, Array(theme.render("translation-status", dashboard.values()).utf8))
        try emit("sitemap.xml", Sitemap(plan: plan, baseURL: configuration.baseURL).xml())
        for name in Theme.assetNames.sorted() { try emit("assets/" + name, theme.assets[name] ?? [], check: false) }
        let used = outcomes.reduce(into: Set<String>()) { $0.formUnion($1.usedFiles) }.sorted()
        let writtenSoFar = Set(written)
        for path in used where !writtenSoFar.contains(path) {
            try folder.copy(content.root.appendingPathComponent(path), to: path)
            written.append(path)
        }
        let reused = outcomes.filter(\.reused).count
        let result = SiteBuildResult(
            articlePages: plan.pages.count, renderedPages: plan.pages.count - reused, reusedPages: reused,
            files: written.sorted(), copiedFiles: used.count,
            malformed: malformed.sorted { $0.path < $1.path }, published: malformed.isEmpty)
        guard malformed.isEmpty else {
            folder.discard()
            return result
        }
        var cache = BuildCache()
        for (page, outcome) in zip(plan.pages, outcomes) { cache.pages[page.outputPath] = outcome.cache }
        try folder.commit(written: written, cache: cache.encoded())
        return result
    }
}
