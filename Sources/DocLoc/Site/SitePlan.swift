/// Every page of the site, decided before anything is rendered: the source articles, each locale's
/// translations, a fallback page for each missing translation, and orphaned translations; plus the
/// dictionaries links and language switchers are resolved through.
public struct SitePlan: Sendable {
    public let locales: [String]
    public let sourceLocale: String
    /// Sorted by output path.
    public internal(set) var pages: [SitePage]
    /// Page indexes by group, and within a group in the order of `locales`: a group's pages stand together
    /// (`pageIndexes(inGroup:)`). A sorted list, not a dictionary of lists: a build holds it to its end.
    private let groupOrder: [Int32]
    /// The locales that have at least one page, in configuration order.
    public let publishedLocales: [String]
    /// locale → Markdown path → output path, for articles written in that locale (no fallbacks).
    public let articlePages: ArticlePageIndex

    /// The plan; with `drift` nil, the pages' verdicts are left for `SiteBuilder` to fill in batch by batch.
    public init(content: ContentSet, drift: DriftReport?) {
        let configuration = content.configuration
        sourceLocale = configuration.source
        locales = configuration.locales
        var verdicts: [String: PairDrift] = [:]
        for verdict in drift?.pairs ?? [] { verdicts[verdict.pair.locale + "\u{0}" + verdict.pair.relativePath] = verdict }
        var pages: [SitePage] = []
        var taken: Set<String> = []
        func add(
            _ document: Int, locale: String, relativePath: String, kind: SitePage.Kind, drift: PairDrift?, group: String,
            pair: Int? = nil
        ) {
            let output = String.exactly(locale, "/", SitePath.htmlPath(for: relativePath))
            guard content.documents[document].isUsable, taken.insert(output).inserted else { return }
            pages.append(
                SitePage(
                    locale: locale, outputPath: output, relativePath: relativePath, document: document, kind: kind,
                    drift: drift, pair: pair, group: group))
        }
        for (index, document) in content.documents.enumerated() where document.locale == sourceLocale {
            add(index, locale: sourceLocale, relativePath: document.relativePath, kind: .source, drift: nil, group: document.relativePath)
        }
        for (pairIndex, pair) in content.pairs.enumerated() where pair.locale != sourceLocale {
            let verdict = verdicts[pair.locale + "\u{0}" + pair.relativePath]
            if let translation = pair.translation, content.documents[translation].isUsable {
                let document = content.documents[translation]
                let group = pair.source == nil ? "\u{1}" + document.path : content.documents[pair.source!].relativePath
                add(translation, locale: pair.locale, relativePath: document.relativePath,
                    kind: pair.source == nil ? .orphan : .translation, drift: verdict, group: group, pair: pairIndex)
            } else if let source = pair.source {
                let document = content.documents[source]
                add(source, locale: pair.locale, relativePath: document.relativePath, kind: .fallback, drift: verdict,
                    group: document.relativePath, pair: pairIndex)
            }
        }
        for (index, document) in content.documents.enumerated() where locales.contains(document.locale) {
            add(index, locale: document.locale, relativePath: document.relativePath, kind: .orphan, drift: nil,
                group: "\u{1}" + document.path)
        }
        pages.sort { $0.outputPath < $1.outputPath }
        // In a list of exactly their number: appending left up to half of it unused (100,000 pages at 50k pairs,
        // held for the whole build).
        pages = [SitePage](unsafeUninitializedCapacity: pages.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: pages)
        }
        self.pages = pages

        var articlePages: [String: [String: String]] = [:]
        for page in pages {
            guard page.kind != .fallback else { continue }
            articlePages[page.locale, default: [:]][page.relativePath] = page.outputPath
        }
        // A translation paired by ms.assetid under another name answers for the source's name too.
        for page in pages where page.kind == .translation && page.group != page.relativePath {
            if articlePages[page.locale]?[page.group] == nil { articlePages[page.locale]?[page.group] = page.outputPath }
        }
        self.articlePages = ArticlePageIndex(articlePages)
        articlePages = [:]
        let order = Dictionary(uniqueKeysWithValues: locales.enumerated().map { ($1, $0) })
        groupOrder = pages.indices.map(Int32.init).sorted { a, b in
            let (first, second) = (pages[Int(a)], pages[Int(b)])
            if first.group != second.group { return first.group < second.group }
            let ranks = ((order[first.locale] ?? .max, first.locale), (order[second.locale] ?? .max, second.locale))
            return ranks.0 != ranks.1 ? ranks.0 < ranks.1 : a < b
        }
        let withPages = Set(pages.map(\.locale))
        publishedLocales = locales.filter(withPages.contains)
    }

    /// The other pages showing the same article (this one included), in locale order.
    public func versions(of page: SitePage) -> [SitePage] {
        pageIndexes(inGroup: page.group).map { pages[$0] }
    }

    /// The indexes of the pages showing one article (`SitePage.group`), in locale order.
    public func pageIndexes(inGroup group: String) -> [Int] {
        let first = groupOrder.partitioningIndex { pages[Int($0)].group >= group }
        return groupOrder[first...].prefix { pages[Int($0)].group == group }.map(Int.init)
    }
}
