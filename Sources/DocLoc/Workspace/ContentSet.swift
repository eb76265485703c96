import Foundation

/// Everything docloc read from a content directory: its configuration, every article (sorted by path), the
/// diagnostics of reading and parsing, and the translation pairs.
///
/// A small content set holds every parsed article for the whole run. A large one (more Markdown than
/// `ContentLoader.holdLimit`) keeps only what other articles look up (`Document`'s title, asset id and
/// anchors) and is worked through in batches (`inBatches`): a batch's articles are parsed, checked, compared
/// and rendered together and then let go, so memory does not grow with the number of articles.
public struct ContentSet: Sendable {
    public var root: URL
    public var configuration: Configuration
    public var documents: [Document]
    public var diagnostics: [Diagnostic]
    public var pairs: [TranslationPair]
    /// Files found but not read (outside the tree, not regular files), by content-relative path.
    public var skipped: [String]
    /// The product model's UI-path resolver, when the content set has a model.
    public var uiPathResolver: (any UIPathResolving)?
    /// The product model (navigation, fwlinks, known external links, glossary), when the content set has one.
    public var model: ProductModel? {
        didSet { lookups = ContentLookups() }
    }
    /// `StableHasher.digest` of the product model file's bytes, when the set has a model (part of cache keys).
    public var modelFingerprint: String?
    /// The files and folders of the tree, when the loader walked it (`ContentLoader.walksTree`); nil: walked
    /// when first needed (`ContentLookups.tree`).
    public var tree: ContentTree? {
        didSet { lookups = ContentLookups() }
    }
    /// The documents and pairs one batch works on (`inBatches`); nil: all of them.
    public private(set) var scope: Scope?

    /// Document indexes sorted by path (then index): looked up by halving. A sorted list, not a dictionary: a large
    /// set holds it for the whole run (a dictionary's table is up to 2.7x its entries: 3 MB at 50k pairs).
    private var pathOrder: [Int32]
    /// Lookups over the whole set, built once and shared by every batch.
    private(set) var lookups = ContentLookups()

    /// Documents (indexes into `documents`) and pairs (indexes into `pairs`) of one batch.
    public struct Scope: Sendable, Equatable {
        public var documents: [Int]
        public var pairs: [Int]
    }

    public init(
        root: URL, configuration: Configuration, documents: [Document], diagnostics: [Diagnostic],
        pairs: [TranslationPair], skipped: [String] = []
    ) {
        self.root = root
        self.configuration = configuration
        self.documents = documents
        self.diagnostics = diagnostics
        self.pairs = pairs
        self.skipped = skipped
        self.pathOrder = documents.indices.map(Int32.init).sorted { a, b in
            let (first, second) = (documents[Int(a)].path, documents[Int(b)].path)
            return first != second ? first < second : a < b
        }
    }

    /// The document at a content-relative path (`nl-NL/admin/x.md`).
    public func document(at path: String) -> Document? {
        documentIndex(at: path).map { documents[$0] }
    }

    /// The index in `documents` of the document at a content-relative path.
    /// The first document with this path.
    public func documentIndex(at path: String) -> Int? {
        let first = pathOrder.partitioningIndex { documents[Int($0)].path >= path }
        guard first < pathOrder.count, documents[Int(pathOrder[first])].path == path else { return nil }
        return Int(pathOrder[first])
    }

    public func documents(in locale: String) -> [Document] {
        documents.filter { $0.locale == locale }
    }

    /// Whether the documents' anchor names and the diagnostics of reading are still held (see
    /// `releaseCheckLookups`).
    public private(set) var holdsCheckLookups = true

    /// Lets go of what only the checks and the documents' summaries use — every document's anchor names and the
    /// diagnostics of reading the files — for a build that has recorded the summaries: at 50k pairs the anchor
    /// lists are 22 MB of the 132 MB a build holds at its peak (the end of its batches). Summaries and anchor
    /// lookups stop with a precondition failure afterwards rather than answer wrongly.
    public mutating func releaseCheckLookups() {
        holdsCheckLookups = false
        diagnostics = []
        for index in documents.indices { documents[index].releaseAnchors() }
    }

    /// What a later run needs to skip parsing the document at `index` while its file is unchanged
    /// (`ContentLoader.summaries`); nil for a file without a fingerprint.
    public func summary(of index: Int) -> DocumentSummary? {
        precondition(holdsCheckLookups, "the content set let go of its anchors and diagnostics")
        let document = documents[index]
        let range = document.diagnosticRange.clamped(to: diagnostics.indices)
        return document.summary(diagnostics: Array(diagnostics[range]))
    }

    /// The documents in scope (all of them outside `inBatches`).
    public var scopedDocuments: [Document] {
        scope.map { $0.documents.map { documents[$0] } } ?? documents
    }

    /// The translation pairs in scope (all of them outside `inBatches`).
    public var scopedPairs: [TranslationPair] {
        scope.map { $0.pairs.map { pairs[$0] } } ?? pairs
    }

    /// Whether a content-relative file exists (images, includes), case-sensitively.
    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }

    /// Whether some articles are not held in memory and are parsed again when a batch needs them.
    public var releasesArticles: Bool {
        documents.contains { $0.articleSlot.canRelease && !$0.articleSlot.isHeld }
    }

    /// For a command about to exit: a set held whole is kept to the exit (`ProcessLifetime`) rather than freed article
    /// by article when the last copy goes; a set read in batches is let go of as usual.
    public func keepToExitIfHeldWhole() {
        if !releasesArticles { ProcessLifetime.keep(self) }
    }

    /// Runs `body` on consecutive batches of the content set, each scoped (`scope`) to some documents and the
    /// pairs between them; a source and all its translations are always in one batch. The batch's articles
    /// are parsed (in parallel) before `body` and let go after it, when the set does not hold them all; only
    /// those for which `loading` is true (by document index), when given: the others are parsed only if asked.
    /// A set that is already scoped is its own only batch.
    public func inBatches(
        size: Int = ContentSet.batchSize, loading: ((Int) -> Bool)? = nil, _ body: (ContentSet) throws -> Void
    ) rethrows {
        guard scope == nil else { return try body(self) }
        guard releasesArticles else {
            var whole = self
            whole.scope = Scope(documents: Array(documents.indices), pairs: Array(pairs.indices))
            return try body(whole)
        }
        for batch in batches(size: size, loading: loading) {
            let slots = batch.documents.map { documents[$0].articleSlot }
            let needed = batch.documents.filter { loading?($0) ?? true }.map { documents[$0].articleSlot }
            ParallelMap.forEach(needed) { $0.load() }
            defer {
                // In parallel: a batch's articles freed on this thread alone were 3% of a 10k-pair build's CPU.
                ParallelMap.forEach(slots) { $0.release() }
                MemoryTrim.returnFreedMemory()
            }
            var scoped = self
            scoped.scope = batch
            try body(scoped)
        }
    }

    /// How many articles a batch holds at most (a source with more translations than that is one batch).
    public static let batchSize = 192

    /// How many times `batchSize` documents a batch may span when most of them are not loaded for it (an
    /// incremental build loads only what changed): the batch bounds the articles held, and the rest of its
    /// per-document work (a page each, its outcome) is small. The real corpus's incremental build then runs in one
    /// batch instead of three, and a 50k-pair one in 65 instead of 520.
    static let unloadedSpan = 8

    /// The batches of `inBatches`: documents joined by their pairs, in document order, cut into batches of
    /// about `size` documents to load (those `loading` is true for; every one when nil) and at most
    /// `size * unloadedSpan` documents in all, without splitting a pair.
    public func batches(size: Int = ContentSet.batchSize, loading: ((Int) -> Bool)? = nil) -> [Scope] {
        // Union-find over documents: each pair joins its source and its translation.
        var parent = Array(documents.indices)
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        for pair in pairs {
            if let s = pair.source, let t = pair.translation {
                let (a, b) = (root(s), root(t))
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        // Groups in order of their first document; each group's documents and pairs, in order, in one flat
        // array each (a large set has tens of thousands of groups: no array per group).
        var ordinalOfRoot = [Int32](repeating: -1, count: documents.count)
        var groupOfDocument = [Int32](repeating: 0, count: documents.count)
        var groupCount: Int32 = 0
        for index in documents.indices {
            let r = root(index)
            if ordinalOfRoot[r] < 0 {
                ordinalOfRoot[r] = groupCount
                groupCount += 1
            }
            groupOfDocument[index] = ordinalOfRoot[r]
        }
        let memberList = FlatGroups(count: Int(groupCount), groups: groupOfDocument.lazy.map { Int($0) })
        let pairList = FlatGroups(count: Int(groupCount), groups: pairs.lazy.map { pair in
            (pair.source ?? pair.translation).map { Int(groupOfDocument[$0]) } ?? -1
        })
        var result: [Scope] = []
        var current = Scope(documents: [], pairs: [])
        var loads = 0
        for group in 0..<Int(groupCount) {
            let documents = memberList.items(of: group)
            let groupLoads = loading.map { loading in documents.count(where: loading) } ?? documents.count
            if !current.documents.isEmpty,
                loads + groupLoads > size || current.documents.count + documents.count > size * Self.unloadedSpan
            {
                result.append(current)
                current = Scope(documents: [], pairs: [])
                loads = 0
            }
            current.documents += documents
            current.pairs += pairList.items(of: group)
            loads += groupLoads
        }
        if !current.documents.isEmpty || !current.pairs.isEmpty { result.append(current) }
        for index in result.indices { result[index].pairs.sort() }
        return result
    }
}

/// Lookups over a whole content set that several stages need and that are built once, on first use, from any
/// thread: the walked file tree, the glossary, `ms.assetid`s per locale.
final class ContentLookups: @unchecked Sendable {
    private let lock = NSLock()
    private var tree: ContentTree?
    private var files: ContentFileIndex?
    private var glossary: Glossary?
    private var assetIDs: [String: [String]]?

    /// Every file and folder of the tree: the loader's walk, else one walk on first use.
    func tree(_ content: ContentSet) -> ContentTree {
        if let tree = content.tree { return tree }
        return cached(\.tree) { ContentTree(walking: content.root, documents: content.documents) }
    }

    func files(_ content: ContentSet) -> ContentFileIndex {
        let tree = tree(content)
        return cached(\.files) { ContentFileIndex(tree: tree) }
    }

    func glossary(_ content: ContentSet) -> Glossary {
        cached(\.glossary) { Glossary.load(for: content) }
    }

    /// `locale|lowercased ms.assetid` → article paths, in path order, for the asset ids more than one article
    /// of a locale has (all `assetid-duplicate` asks; a large set keeps this for the whole run).
    func assetIDs(_ content: ContentSet) -> [String: [String]] {
        cached(\.assetIDs) {
            // Keys are counted by hash first, so only keys that (may) repeat are ever kept.
            func assetKey(of index: Int) -> String? {
                let document = content.documents[index]
                guard document.isUsable, let id = document.assetID, !id.isEmpty else { return nil }
                return ValidationContext.assetKey(document.locale, id)
            }
            var countByHash: [Int: Int] = [:]
            for index in content.documents.indices {
                if let key = assetKey(of: index) { countByHash[key.hashValue, default: 0] += 1 }
            }
            var result: [String: [String]] = [:]
            for index in content.documents.indices {
                guard let key = assetKey(of: index), countByHash[key.hashValue, default: 0] > 1 else { continue }
                result[key, default: []].append(content.documents[index].path)
            }
            result = result.filter { $0.value.count > 1 }  // two keys that only share a hash
            return result.mapValues { $0.sorted() }
        }
    }

    private func cached<T>(_ key: ReferenceWritableKeyPath<ContentLookups, T?>, _ make: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let value = self[keyPath: key] { return value }
        let value = make()
        self[keyPath: key] = value
        return value
    }
}
