import Foundation

/// Discover → Parse: finds the locale folders and their articles, parses every article in parallel, and pairs
/// translations with their sources (same relative path, then equal `ms.assetid`). Up to `holdLimit` of
/// Markdown, the parsed articles are kept for the whole run; beyond it, only what other articles look up.
public struct ContentLoader: Sendable {
    public var root: URL
    /// A product model to use instead of the one docloc.yml names (`--model`).
    public var modelFile: URL?
    /// How many bytes of Markdown are held parsed for the whole run (see `defaultHoldLimit`).
    public var holdLimit: Int
    /// What an earlier run recorded about each file (by content path, `nl-NL/admin/x.md`): a file whose size and
    /// recorded modification time are still the same is not read, and one whose fingerprint and size are still
    /// the same is not parsed; its summary stands in for it, and its article is parsed only if something asks for
    /// it (`docloc build --incremental`).
    public var summaries: CacheTable<DocumentSummary>
    /// When the summaries were written (the previous cache's modification time, nanoseconds since 1970): a file
    /// is taken as unchanged unread only when its modification time is older (0: every file is read). As git does
    /// with its index: a file changed in the clock tick in which the summaries were written keeps its time.
    public var trustedBefore: Int64
    /// Whether the whole tree is walked too, on another thread while the articles are read (`ContentSet.tree`):
    /// for the commands that look files up (check, build), not for those that only compare articles.
    public var walksTree: Bool
    /// Where the summaries come from when they are still being read (`docloc build --incremental` reads the
    /// previous cache on another thread while the loader finds the files): called once, after the files are found,
    /// and used instead of `summaries`.
    public var pendingSummaries: (@Sendable () -> CacheTable<DocumentSummary>)?

    public init(
        root: URL, modelFile: URL? = nil, holdLimit: Int = ContentLoader.defaultHoldLimit,
        summaries: CacheTable<DocumentSummary> = [:], trustedBefore: Int64 = 0, walksTree: Bool = false
    ) {
        self.root = root.standardizedFileURL
        self.modelFile = modelFile
        self.holdLimit = holdLimit
        self.summaries = summaries
        self.trustedBefore = trustedBefore
        self.walksTree = walksTree
    }

    /// A file as the loader found it: parsed, or unchanged since the run that recorded its summary; with its
    /// modification time (0: unknown).
    private enum Reading {
        case parsed(ParsedArticle, modified: Int64)
        case unchanged(DocumentSummary, modified: Int64)
    }

    /// A file's document, made on the thread that read it, with the diagnostics reading it gave and how many bytes
    /// of Markdown its document holds parsed (0: none).
    private struct Loaded: Sendable {
        var document: Document
        var diagnostics: [Diagnostic]
        var heldBytes: Int
    }

    /// The document of `file`. `holding`: whether a parsed article is kept; when not, it is let go here, on the
    /// reading thread (an article's tree freed on the loader's thread instead was 5% of a 10k-pair build's CPU,
    /// with the other core idle).
    private func load(_ file: FileDiscovery.File, reading: Reading, reader: ArticleSlot.Reader, holding: Bool) -> Loaded {
        switch reading {
        case .unchanged(let known, let modified):
            var document = summarized(file, known, reader: reader)
            document.modified = modified
            return Loaded(document: document, diagnostics: known.diagnostics, heldBytes: 0)
        case .parsed(let result, let modified):
            var document = Document(
                locale: file.locale, relativePath: file.relativePath, summary: result.article,
                isUsable: result.isUsable, fingerprint: result.fingerprint,
                slot: { ArticleSlot(article: holding ? result.article : nil, reader: reader, path: $0) })
            document.byteCount = result.byteCount
            document.modified = result.fingerprint == nil ? 0 : modified
            return Loaded(document: document, diagnostics: result.diagnostics, heldBytes: holding ? result.byteCount : 0)
        }
    }

    private func read(
        _ file: FileDiscovery.File, reader: ArticleSlot.Reader, summaries: CacheTable<DocumentSummary>
    ) -> Reading {
        let path = file.path
        // A path string, not a URL, for the stat: a URL per file was 2% of an incremental build of the real corpus.
        let stamp = FileStamp.of(path: reader.rootPath + "/" + path)
        let modified = stamp?.modified ?? 0
        guard let known = summaries[path] else { return .parsed(reader.parse(path), modified: modified) }
        // Its recorded size and time, from before the summaries were written: taken as unchanged, not read.
        if let stamp, stamp.size == known.byteCount, stamp.modified == known.modified, stamp.modified < trustedBefore {
            return .unchanged(known, modified: modified)
        }
        guard let bytes = reader.parser.contents(of: reader.url(of: path)) else { return .parsed(reader.parse(path), modified: modified) }
        if bytes.count == known.byteCount, Fingerprint.of(bytes) == known.fingerprint { return .unchanged(known, modified: modified) }
        return .parsed(reader.parser.parse(bytes: bytes, path: path), modified: modified)
    }

    public func load() throws -> ContentSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DocLocError.contentNotFound(path: root.path)
        }
        let configuration = try ConfigurationLoader(root: root).load()
        let discovery = FileDiscovery(root: root).articles(in: configuration.locales)
        let (root, articles) = (self.root, discovery.files)
        let walk = walksTree ? BackgroundWork { ContentTree(walking: root, articles: articles) } : nil
        // Never left walking past a failure.
        defer { _ = walk?.wait() }
        let summaries = pendingSummaries?() ?? summaries
        let reader = ArticleSlot.Reader(root: root, parser: ArticleParser(maximumFileSize: configuration.maximumFileSize))
        var documents: [Document] = []
        documents.reserveCapacity(discovery.files.count)
        var diagnostics = discovery.diagnostics
        var heldBytes = 0
        var holding = true
        // Parsed a chunk at a time, so a large set never has all its articles in memory at once.
        for start in stride(from: 0, to: discovery.files.count, by: Self.chunkSize) {
            let chunk = Array(discovery.files[start..<min(start + Self.chunkSize, discovery.files.count)])
            let keeps = holding
            let loaded = ParallelMap.map(chunk) { file in
                load(file, reading: read(file, reader: reader, summaries: summaries), reader: reader, holding: keeps)
            }
            for var item in loaded {
                item.document.diagnosticRange = diagnostics.count..<(diagnostics.count + item.diagnostics.count)
                documents.append(item.document)
                diagnostics += item.diagnostics
                heldBytes += item.heldBytes
            }
            if holding, heldBytes > holdLimit {
                // Too much to hold: let every article go (in parallel: freeing is most of it); batches parse them
                // again when they need them. Checked once a chunk: its articles were all in memory already.
                holding = false
                ParallelMap.forEach(documents) { $0.articleSlot.release() }
            }
            if !holding { MemoryTrim.returnFreedMemory() }
        }
        let pairs = TranslationPairer(configuration: configuration).pairs(documents)
        var content = ContentSet(
            root: root, configuration: configuration, documents: documents, diagnostics: diagnostics, pairs: pairs,
            skipped: discovery.skipped)
        if var tree = walk?.wait() {
            tree.share(pathsOf: documents)
            content.tree = tree
        }
        if let (model, file) = try loadModel(configuration) {
            content.model = model
            content.uiPathResolver = ModelResolver(model: model)
            content.modelFingerprint = FileManager.default.contents(atPath: file.path).map { StableHasher.digest([UInt8]($0)) }
        }
        return content
    }

    /// The document of a file that is unchanged since `known` was recorded: not parsed until asked for.
    private func summarized(_ file: FileDiscovery.File, _ known: DocumentSummary, reader: ArticleSlot.Reader) -> Document {
        var document = Document(
            locale: file.locale, relativePath: file.relativePath, summary: known,
            slot: { ArticleSlot(article: nil, reader: reader, path: $0) })
        document.byteCount = known.byteCount
        document.isSummarized = true
        return document
    }

    /// How many files are parsed at once.
    static let chunkSize = 256

    /// How many bytes of Markdown a content set holds parsed for the whole run. A larger set keeps only each
    /// article's title, asset id and anchors, and parses each article once more when its batch is worked on
    /// (`ContentSet.inBatches`): a second parse in exchange for memory that does not grow with the set.
    public static let defaultHoldLimit = 12 * 1024 * 1024

    /// The model `--model` names, else docloc.yml's `model`, else `model/consent.yml` when it exists.
    private func loadModel(_ configuration: Configuration) throws -> (ProductModel, URL)? {
        if let modelFile {
            return (try ProductModelLoader(file: modelFile.path).load(contentsOf: modelFile), modelFile)
        }
        let fallback = "model/consent.yml"
        let path = configuration.model
            ?? (FileManager.default.fileExists(atPath: root.appendingPathComponent(fallback).path) ? fallback : nil)
        guard let path else { return nil }
        let url = root.appendingPathComponent(path)
        return (try ProductModelLoader(file: path).load(contentsOf: url), url)
    }
}
