import Foundation

/// Render → Write: plans every page, renders the articles in parallel straight to the staging folder, writes
/// the indexes, the dashboard, the search indexes and the sitemap, copies the images pages use, and swaps
/// the new site into place. With `verify`, every page is read back by libxml2's XML parser first and nothing
/// is published when one is not well-formed.
///
/// Every build records in `BuildCache` (`<out>/.docloc-cache`) each article file's summary, each pair's drift
/// verdict and each article page's inputs. With `incremental`, an unchanged file is not parsed (the loader
/// takes its summary: `ContentLoader.summaries`), a pair whose key (`DriftInputs`) equals the previous build's
/// keeps its verdict, and a page whose key (`PageInputs`) equals the previous build's, and whose previous bytes
/// are still as written, is linked from the previous site instead of rendered. An article is parsed only for
/// what is done again; the result is the same site a full build writes, published the same atomic way.
public struct SiteBuilder: Sendable {
    public var content: ContentSet
    /// The drift verdicts to show; nil: the builder compares each batch's pairs as it renders them.
    public var drift: DriftReport?
    public var theme: Theme
    public var verify: Bool
    public var incremental: Bool
    /// The previous build's cache, when the caller has read it already (to give the loader its summaries);
    /// nil: read from the output folder when `incremental`.
    public var previous: BuildCache?
    /// What identifies the code that renders (part of every cache key): by default the docloc executable's
    /// path, size and modification time, so a rebuilt docloc never reuses pages an older one wrote.
    public var generator: String
    /// False: a content set held whole (every article parsed: `ContentSet.releasesArticles` is false) is not freed
    /// once the pages are written but kept to the end of the process (`ProcessLifetime`), for a process that exits
    /// when the build returns (the command). A set read in batches is let go of either way.
    public var freesHeldContent = true

    public init(
        content: ContentSet, drift: DriftReport? = nil, theme: Theme, verify: Bool = false, incremental: Bool = false,
        previous: BuildCache? = nil, generator: String = SiteBuilder.executableIdentity(), freesHeldContent: Bool = true
    ) {
        self.content = content
        self.drift = drift
        self.theme = theme
        self.verify = verify
        self.incremental = incremental
        self.previous = previous
        self.generator = generator
        self.freesHeldContent = freesHeldContent
    }

    struct PageOutcome: Sendable {
        /// The page's search-index entry, as JSON.
        var search: [UInt8]
        var usedFiles: Set<String>
        var malformed: WellFormednessError?
        var error: DocLocError?
        var cache: BuildCache.Entry?
        var reused = false
        /// A reused page's record as the previous cache has it, copied into the new one (read once: the pages'
        /// records of a large cache are read from its file as looked up).
        var record: ArraySlice<UInt8>?
    }

    /// Consuming: the previous cache given is held only by the build, which lets go of its document and verdict
    /// records once it has copied them (at 50k pairs, 70 MB of the incremental build's peak).
    public consuming func build(into out: URL) throws -> SiteBuildResult {
        try build(in: OutputFolder.prepare(out, content: content.root, recycling: incremental))
    }

    /// Builds into a folder prepared already (`OutputFolder.prepare`, with `recycling` as `incremental`): the
    /// command prepares it while it reads the content. The folder is discarded when the build fails.
    public consuming func build(in folder: OutputFolder) throws -> SiteBuildResult {
        let given = previous.take()
        do {
            let previousBuild = incremental ? previousCache(given: consume given, in: folder) : BuildCache(generator: generator)
            let cache = try BuildCacheWriter(
                path: folder.stagingPath(BuildCache.fileName),
                reportedPath: folder.destination.appendingPathComponent(BuildCache.fileName).path, generator: generator)
            try recordDocuments(in: cache, previous: previousBuild)
            // Recorded: the pages need no anchor names nor reading diagnostics. Let go before anything holds a copy of
            // the documents, which would keep them (and a copy of the list).
            content.releaseCheckLookups()
            let articles = try writeArticles(in: folder, previous: consume previousBuild, cache: cache)
            // Every article page is written: the site-wide files need the plan, the verdicts and the titles, not the
            // content set (its documents, diagnostics and lookups: 75 MB at 50k pairs, at the build's peak).
            let heldWhole = !content.releasesArticles
            let emptied = ContentSet(root: content.root, configuration: content.configuration, documents: [], diagnostics: [], pairs: [])
            if !freesHeldContent { content.keepToExitIfHeldWhole() }
            content = emptied
            // A set held whole is small (the real corpus: 564 articles); handing its memory back costs more than it
            // spares (malloc_trim walks every arena: ~8 ms on one core, the build's longest such stretch).
            if !heldWhole { MemoryTrim.returnFreedMemory() }
            return try finish(articles, in: folder, scanningAside: heldWhole)
        } catch {
            folder.discard()
            throw error
        }
    }

    /// The running executable's path, size and modification time.
    public static func executableIdentity() -> String {
        let path = executablePath() ?? CommandLine.arguments.first ?? "docloc"
        let stamp = FileStamp.of(path: path)
        return "\(path)\n\(stamp?.size ?? -1)\n\(stamp?.modified ?? 0)"
    }

    /// The running executable's path. On Linux the kernel's link: `Bundle.main` lists the executable's folder
    /// first (0.7 ms of every incremental build of the real corpus, more in a crowded folder).
    private static func executablePath() -> String? {
        #if os(Linux)
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
            if count > 0 { return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return Bundle.main.executablePath
    }

    /// What writing the article pages leaves for the site-wide files (`finish`).
    private struct WrittenArticles {
        var plan: SitePlan
        /// Each page's article title, by page index.
        var titles: [String]
        var verdicts: [DriftBox]
        var usedFiles: [String]
        var reusedPages: Int
        var comparedPairs: Int
        var reusedVerdicts: Int
        let writer: SiteWriter
        let spool: SearchIndexSpool
        let cache: BuildCacheWriter
    }

    /// Every document's record in the new cache: a document summarized from the previous cache has that cache's
    /// record, which is copied as it is.
    private func recordDocuments(in cache: BuildCacheWriter, previous: BuildCache) throws {
        for (index, document) in content.documents.enumerated() {
            if document.isSummarized, let record = previous.documents.storedRecord(document.path),
                BuildCache.documentRecord(record, describes: document)
            {
                try cache.document(copying: record)
            } else if let summary = content.summary(of: index) {
                try cache.document(document.path, summary)
            }
        }
    }

    /// Plans the site and writes (or links) every article page, batch by batch.
    private func writeArticles(
        in folder: OutputFolder, previous previousBuild: consuming BuildCache, cache: BuildCacheWriter
    ) throws -> WrittenArticles {
        // Copied by `recordDocuments`: nothing else reads the document records (at 50k pairs, 36 MB and their keys,
        // held until the verdicts had been looked up — the incremental build's peak).
        previousBuild.documents = [:]
        // The other kinds of record of a large cache are read only now, after those are gone
        // (`BuildCache.load(from:deferringTables:)`: at 50k pairs, the pages', verdicts', rows' and copies' records,
        // keys and indexes were 70 MB of the peak while the content was read). The verdicts' first, alone, on another
        // thread while this one plans the site; the others once those are copied and gone (below).
        let verdictRead = BackgroundWork { [deferred = previousBuild.deferred, generator] in
            deferred?.read(DeferredCacheTables.verdicts, generator: generator)
        }
        defer { verdictRead.waitUntilDone() }
        let configuration = content.configuration
        let driftInputs = drift == nil ? DriftInputs(content: content, generator: generator) : nil
        // The previous verdicts that still hold are looked up on other threads while this one plans the site.
        // Deferred, the verdicts are the read's (none when it failed: the cache's own are empty then too).
        let verdictLookup = BackgroundWork { [content, verdicts = previousBuild.verdicts] in
            Self.lookUpVerdicts(verdictRead.wait()?.verdicts ?? verdicts, of: content, driftInputs: driftInputs)
        }
        // Never left looking up past a failure.
        defer { verdictLookup.waitUntilDone() }
        var plan = SitePlan(content: content, drift: drift)
        let assets = SiteAssetLookup(files: content.lookups.tree(content).files, locales: configuration.locales)
        let links = SiteLinkResolver(pages: plan.articlePages, locales: configuration.locales, assets: assets)
        let includes = ContentArticles(content: content)
        let inputs = PageInputs(content: content, plan: plan, theme: theme, assetFiles: assets.files, generator: generator)
        try folder.createFolders(for: plan.pages.map(\.outputPath))
        // Pages older than the previous cache file are trusted by their size (see `OutputFolder.reusePage`).
        let trustedBefore = FileStamp.of(path: folder.destination.path + "/" + BuildCache.fileName)?.modified ?? 0
        let pagesByDocument = FlatGroups(count: content.documents.count, groups: plan.pages.lazy.map(\.document))
        // The spool of search entries stays in the site for the next incremental build (a failed build
        // discards it with the staging folder).
        let spool = try SearchIndexSpool(
            path: folder.stagingPath(BuildCache.searchFileName), pages: plan.pages.count)
        let previousSearch = incremental
            ? SearchEntryFile(
                path: folder.destination.appendingPathComponent(BuildCache.searchFileName).path, size: previousBuild.searchFileSize)
            : nil
        // The lookup is done with the deferred verdicts (it waited for them) before they are taken.
        let found = verdictLookup.take()
        previousBuild.adoptDeferredTables(verdictRead.take(), tables: DeferredCacheTables.verdicts)
        let (kept, keptCount, compared) = try keptVerdicts(found, previous: previousBuild, driftInputs: driftInputs, cache: cache)
        // Verdict records are copied by now. The pages' are read now, the verdicts' records and the plan's transient
        // lists gone; the rows', rendered pages' and copies' once the article pages are written and the pages'
        // records gone (read with the verdicts, at 50k pairs the pages', rows' and copies' 37 MB were held under the
        // planning's peak; with the pages', the row indexes' 11.6 MB were held through the batches).
        previousBuild.verdicts = [:]
        // Handed back before the pages' records fill their bytes (24 MB at 50k pairs): glibc kept the verdicts' and
        // the planning's freed memory until the first batch's trim, and the pages' read stood on top of it — the
        // incremental build's peak. A set held whole is small: the trim would cost more than it spares (above).
        if content.releasesArticles, previousBuild.deferredLeft.contains(BuildCacheReader.pageTable) {
            MemoryTrim.returnFreedMemory()
        }
        previousBuild.loadDeferredTables(DeferredCacheTables.pages)
        var malformedPages: [(error: WellFormednessError, path: String)] = []
        var verdicts: [DriftBox] = []
        if drift == nil { verdicts.reserveCapacity(content.pairs.count) }
        var used = Set<String>()
        var reused = 0
        // Batch by batch (one batch when the content set holds every article): the pairs' drift, then every page
        // of the batch's articles in parallel, straight to disk.
        try content.inBatches(loading: { compared[$0] }) { batch in
            if let driftInputs {
                let scoped = batch.scope?.pairs ?? []
                let context = DriftContext(content: batch)
                // Only the pairs without a kept verdict are compared.
                let toCompare = scoped.filter { kept[$0] == nil }
                let found = ParallelMap.map(toCompare) { index in
                    DriftEngine.drift(of: content.pairs[index], in: batch, context: context)
                }
                // One box per verdict, shared by its pages and the dashboard's list: a kept verdict's is the lookup's.
                var byPair: [Int: DriftBox] = [:]
                var next = found.startIndex
                for index in scoped {
                    let box: DriftBox
                    if let keptBox = kept[index] {
                        box = keptBox
                    } else {
                        // `toCompare` is `scoped` without the kept pairs, in the same order.
                        let verdict = found[next]
                        next += 1
                        let key = driftInputs.digest(for: content.pairs[index])
                        box = DriftBox(verdict.keptCopy, key: key)
                        if let key { try cache.verdict(key.hex, BuildCache.Verdict(verdict)) }
                    }
                    byPair[index] = box
                    verdicts.append(box)
                }
                for document in batch.scope?.documents ?? [] {
                    for index in pagesByDocument.items(of: document) {
                        if let pair = plan.pages[index].pair { plan.pages[index].driftBox = byPair[pair] }
                    }
                }
            }
            let pages = (batch.scope?.documents ?? []).flatMap { pagesByDocument.items(of: $0) }.sorted()
            let (batchPlan, previous) = (plan, previousBuild)
            let outcomes = ParallelMap.map(pages) { index in
                renderPage(
                    batchPlan.pages[index], plan: batchPlan, in: folder, previous: previous, previousSearch: previousSearch,
                    trustedBefore: trustedBefore, inputs: inputs, links: links, assets: assets, includes: includes)
            }
            if let error = outcomes.lazy.compactMap(\.error).first { throw error }
            for (index, outcome) in zip(pages, outcomes) {
                let page = plan.pages[index]
                let search = try spool.append(page: index, json: outcome.search)
                used.formUnion(outcome.usedFiles)
                if let error = outcome.malformed { malformedPages.append((error, page.outputPath)) }
                if var entry = outcome.cache {
                    entry.search = search
                    if outcome.reused, let record = outcome.record {
                        try cache.page(copying: record, page.outputPath, entry)
                    } else {
                        try cache.page(page.outputPath, entry)
                    }
                }
                if outcome.reused { reused += 1 }
            }
        }
        // The site-wide files need no page records (at 50k pairs, 25 MB of records and 100,000 keys held to the end
        // of the build were under the peak of its last step).
        previousBuild.pages = [:]
        previousBuild.loadDeferredTables()
        let writer = SiteWriter(
            folder: folder, verify: verify, cache: cache, previous: previousBuild, theme: theme, siteKey: inputs.siteKey,
            trustedBefore: trustedBefore)
        for (error, path) in malformedPages { writer.note(malformed: error, at: path) }
        writer.note(written: plan.pages.map(\.outputPath))
        let titles = plan.pages.map { content.documents[$0.document].title }
        return WrittenArticles(
            plan: plan, titles: titles, verdicts: drift?.pairs.map { DriftBox($0) } ?? verdicts, usedFiles: used.sorted(),
            reusedPages: reused, comparedPairs: drift == nil ? content.pairs.count - keptCount : 0, reusedVerdicts: keptCount,
            writer: writer, spool: spool, cache: cache)
    }

    /// The site-wide files, then the swap of the staging folder into place (unless a page is not well-formed).
    /// `scanningAside`: the published site is walked for the user's files on another thread while the site-wide
    /// files are written (a small site: the walk and its manifest were 2.2 ms of the real corpus's build, at the
    /// very end). A large site is walked after them instead: its entries and manifest (112,000 paths at 50k pairs)
    /// on top of the site-wide files' own peak made a full build into the previous site peak 44 MB above one into
    /// an empty folder (205 vs 161 MB).
    private func finish(_ articles: consuming WrittenArticles, in folder: OutputFolder, scanningAside: Bool) throws -> SiteBuildResult {
        let (plan, writer, spool, usedFiles) = (articles.plan, articles.writer, articles.spool, articles.usedFiles)
        let scan = scanningAside ? BackgroundWork { folder.scanDestination() } : nil
        defer { scan?.waitUntilDone() }
        let reusedFiles = try writeSitePages(
            plan: plan, verdicts: articles.verdicts, titles: articles.titles, spool: spool, writer: writer, copying: usedFiles)
        writer.releasePrevious()
        let malformed = writer.malformed
        var result = SiteBuildResult(
            articlePages: plan.pages.count, renderedPages: plan.pages.count - articles.reusedPages,
            reusedPages: articles.reusedPages, files: writer.written.sorted(), copiedFiles: usedFiles.count,
            malformed: malformed.sorted { $0.path < $1.path }, published: malformed.isEmpty)
        result.reusedFiles = reusedFiles
        result.comparedPairs = articles.comparedPairs
        result.reusedVerdicts = articles.reusedVerdicts
        result.writtenRows = writer.writtenRows
        result.copiedRows = writer.copiedRows
        guard malformed.isEmpty else {
            folder.discard()
            return result
        }
        do {
            try spool.close()
        } catch {
            throw DocLocError.outputNotWritable(
                path: folder.destination.appendingPathComponent(BuildCache.searchFileName).path, reason: error.description)
        }
        try articles.cache.finish(searchFileSize: spool.byteCount)
        // The site-wide files that came out as the published ones are those files (their times kept): a deploy
        // by time or checksum skips them. Not compared before: each was streamed, a piece at a time.
        _ = ParallelMap.map(writer.streamed) { folder.keepPublished($0) }
        result.keptFiles = folder.keptFiles.value
        try folder.commit(written: writer.written) {
            if let scan { return scan.take() }
            return folder.scanDestination()
        }
        return result
    }

    /// The previous build's cache: the one given, when the same docloc wrote it, else the output folder's.
    private func previousCache(given previous: BuildCache?, in folder: OutputFolder) -> BuildCache {
        if let previous, previous.generator == generator { return previous }
        return BuildCache.load(from: folder.destination, generator: generator, deferringTables: true)
    }

    /// One article page: linked from the previous build when its inputs are unchanged, else rendered and written.
    private func renderPage(
        _ page: SitePage, plan: SitePlan, in folder: OutputFolder, previous: BuildCache, previousSearch: SearchEntryFile?,
        trustedBefore: Int64, inputs: PageInputs, links: SiteLinkResolver, assets: SiteAssetLookup, includes: ContentArticles
    ) -> PageOutcome {
        let document = content.documents[page.document]
        var outcome = PageOutcome(search: [], usedFiles: [])
        let record = previous.pages.storedRecord(page.outputPath)
        if let old = record.flatMap(BuildCache.entry) ?? previous.pages[page.outputPath],
            inputs.key(for: page, includeLookups: old.includeLookups) == old.key,
            let search = previousSearch?.entry(old.search),
            folder.reusePage(page.outputPath, digest: old.output, byteCount: old.byteCount, trustedBefore: trustedBefore)
        {
            outcome.search = search
            outcome.usedFiles = Set(old.usedFiles)
            outcome.cache = old
            outcome.reused = true
            outcome.record = record
            outcome.malformed = verify
                ? LibXML2.xmlWellFormednessError(file: folder.stagingPath(page.outputPath)) : nil
            return outcome
        }
        let article = document.article
        outcome.search = SearchIndex.json(SearchIndex.entry(for: article, url: page.outputPath))
        let recorder = RecordingArticles(includes)
        var renderer = ArticleRenderer(
            strings: SiteStrings.for(locale: page.locale), links: links, assets: assets, includes: recorder,
            sourceLocale: content.configuration.source, pagePath: page.outputPath, pageLocale: page.locale,
            documentPath: document.path)
        let rendered = renderer.render(article)
        let context = ArticlePageContext(
            page: page, plan: plan, article: article, rendered: rendered, siteTitle: content.configuration.siteTitle)
        let bytes = theme.renderBytes("article", context.values(), capacity: rendered.body.count + 8192)
        outcome.usedFiles = rendered.usedFiles
        outcome.malformed = verify ? LibXML2.xmlWellFormednessError(bytes) : nil
        let lookups = recorder.lookups
        outcome.cache = inputs.key(for: page, includeLookups: lookups).map { key in
            BuildCache.Entry(
                key: key, output: StableHasher.digest(bytes), usedFiles: rendered.usedFiles.sorted(), includeLookups: lookups,
                search: 0..<0, byteCount: bytes.count)
        }
        do { try folder.write(page.outputPath, bytes) } catch { outcome.error = error as? DocLocError }
        return outcome
    }
}
