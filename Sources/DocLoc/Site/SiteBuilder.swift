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
    /// The drift verdicts to show; nil: the builder compares each batch's pairs as it renders them.
    public var drift: DriftReport?
    public var theme: Theme
    public var verify: Bool
    public var incremental: Bool
    /// What identifies the code that renders (part of every cache key): by default the docloc executable's
    /// path, size and modification time, so a rebuilt docloc never reuses pages an older one wrote.
    public var generator: String

    public init(
        content: ContentSet, drift: DriftReport? = nil, theme: Theme, verify: Bool = false, incremental: Bool = false,
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
        /// The page's search-index entry, as JSON.
        var search: [UInt8]
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
        var plan = SitePlan(content: content, drift: drift)
        let assets = SiteAssetLookup(root: content.root, locales: configuration.locales)
        let links = SiteLinkResolver(pages: plan.articlePages, locales: configuration.locales, assets: assets)
        let includes = ContentArticles(content: content)
        let inputs = PageInputs(content: content, plan: plan, theme: theme, assetFiles: assets.files, generator: generator)
        let previous = incremental ? BuildCache.load(from: folder.destination) : BuildCache()
        try folder.createFolders(for: plan.pages.map(\.outputPath))
        var pagesByDocument: [Int: [Int]] = [:]
        for (index, page) in plan.pages.enumerated() { pagesByDocument[page.document, default: []].append(index) }
        let spool = try SearchIndexSpool(path: folder.staging.path + ".search")
        defer { spool.remove() }
        var verdicts: [PairDrift] = []
        var used = Set<String>()
        var malformed: [MalformedPage] = []
        var cache = BuildCache()
        var reused = 0
        // Batch by batch (one batch when the content set holds every article): the pairs' drift, then every page
        // of the batch's articles in parallel, straight to disk.
        try content.inBatches { batch in
            if self.drift == nil {
                let found = DriftEngine().report(for: batch)
                verdicts += found.pairs
                for document in batch.scope?.documents ?? [] {
                    for index in pagesByDocument[document] ?? [] {
                        guard let pair = plan.pages[index].pair.map({ content.pairs[$0] }) else { continue }
                        plan.pages[index].drift = found.drift(locale: pair.locale, relativePath: pair.relativePath)
                    }
                }
            }
            let pages = (batch.scope?.documents ?? []).flatMap { pagesByDocument[$0] ?? [] }.sorted()
            let batchPlan = plan
            let outcomes = ParallelMap.map(pages) { index in
                renderPage(
                    batchPlan.pages[index], plan: batchPlan, in: folder, previous: previous, inputs: inputs, links: links,
                    assets: assets, includes: includes)
            }
            if let error = outcomes.lazy.compactMap(\.error).first { throw error }
            for (index, outcome) in zip(pages, outcomes) {
                let page = plan.pages[index]
                try spool.append(page: index, json: outcome.search)
                used.formUnion(outcome.usedFiles)
                if let error = outcome.malformed { malformed.append(MalformedPage(path: page.outputPath, error: error)) }
                cache.pages[page.outputPath] = outcome.cache
                if outcome.reused { reused += 1 }
            }
        }
        let report = drift ?? DriftReport(pairs: verdicts)
        var written = plan.pages.map(\.outputPath)
        func emit(_ path: String, _ bytes: [UInt8], check: Bool = true) throws {
            try folder.write(path, bytes)
            written.append(path)
            if verify, check, let error = LibXML2.xmlWellFormednessError(bytes) { malformed.append(MalformedPage(path: path, error: error)) }
        }
        var titles: [String: String] = [:]
        for page in plan.pages { titles[page.outputPath] = content.documents[page.document].title }
        for locale in plan.publishedLocales {
            let index = LocaleIndex(locale: locale, plan: plan, titles: titles, siteTitle: configuration.siteTitle)
            try emit(index.outputPath, Array(theme.render("locale-index", index.values()).utf8))
            let (json, script) = (locale + "/search-index.json", locale + "/search-index.js")
            do {
                try spool.writeIndex(
                    of: plan.pages.indices.filter { plan.pages[$0].locale == locale },
                    json: folder.staging.appendingPathComponent(json).path,
                    script: folder.staging.appendingPathComponent(script).path)
            } catch {
                throw DocLocError.outputNotWritable(path: folder.destination.appendingPathComponent(json).path, reason: error.description)
            }
            written += [json, script]
        }
        let chooser = LanguageChooser(plan: plan, siteTitle: configuration.siteTitle)
        try emit("index.html", Array(theme.render("language-chooser", chooser.values()).utf8))
        let dashboard = StatusDashboard(plan: plan, drift: report, titles: titles, siteTitle: configuration.siteTitle)
        try emit(StatusDashboard.outputPath, Array(theme.render("translation-status", dashboard.values()).utf8))
        try emit("sitemap.xml", Sitemap(plan: plan, baseURL: configuration.baseURL).xml())
        for name in Theme.assetNames.sorted() { try emit("assets/" + name, theme.assets[name] ?? [], check: false) }
        let usedFiles = used.sorted()
        let writtenSoFar = Set(written)
        for path in usedFiles where !writtenSoFar.contains(path) {
            try folder.copy(content.root.appendingPathComponent(path), to: path)
            written.append(path)
        }
        let result = SiteBuildResult(
            articlePages: plan.pages.count, renderedPages: plan.pages.count - reused, reusedPages: reused,
            files: written.sorted(), copiedFiles: usedFiles.count,
            malformed: malformed.sorted { $0.path < $1.path }, published: malformed.isEmpty)
        guard malformed.isEmpty else {
            folder.discard()
            return result
        }
        try folder.commit(written: written, cache: cache.encoded())
        return result
    }

    /// One article page: linked from the previous build when its inputs are unchanged, else rendered and written.
    private func renderPage(
        _ page: SitePage, plan: SitePlan, in folder: OutputFolder, previous: BuildCache, inputs: PageInputs,
        links: SiteLinkResolver, assets: SiteAssetLookup, includes: ContentArticles
    ) -> PageOutcome {
        let document = content.documents[page.document]
        let article = document.article
        var outcome = PageOutcome(
            search: SearchIndex.json(SearchIndex.entry(for: article, url: page.outputPath)), usedFiles: [])
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
            sourceLocale: content.configuration.source, pagePath: page.outputPath, pageLocale: page.locale,
            documentPath: document.path)
        let rendered = renderer.render(article)
        let context = ArticlePageContext(
            page: page, plan: plan, article: article, rendered: rendered, siteTitle: content.configuration.siteTitle)
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
}
