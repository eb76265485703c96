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

    public init(root: URL, modelFile: URL? = nil, holdLimit: Int = ContentLoader.defaultHoldLimit) {
        self.root = root.standardizedFileURL
        self.modelFile = modelFile
        self.holdLimit = holdLimit
    }

    public func load() throws -> ContentSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DocLocError.contentNotFound(path: root.path)
        }
        let configuration = try ConfigurationLoader(root: root).load()
        let discovery = FileDiscovery(root: root).articles(in: configuration.locales)
        let parser = ArticleParser(maximumFileSize: configuration.maximumFileSize)
        var documents: [Document] = []
        var diagnostics = discovery.diagnostics
        var heldBytes = 0
        var holding = true
        // Parsed a chunk at a time, so a large set never has all its articles in memory at once.
        for start in stride(from: 0, to: discovery.files.count, by: Self.chunkSize) {
            let chunk = Array(discovery.files[start..<min(start + Self.chunkSize, discovery.files.count)])
            let parsed = ParallelMap.map(chunk) { file in
                parser.parse(contentsOf: file.url, path: file.path)
            }
            for (file, result) in zip(chunk, parsed) {
                heldBytes += result.byteCount
                if holding, heldBytes > holdLimit {
                    // Too much to hold: let every article go; batches parse them again when they need them.
                    holding = false
                    for document in documents { document.articleSlot.release() }
                    MemoryTrim.returnFreedMemory()
                }
                let (url, path) = (file.url, file.path)
                let slot = ArticleSlot(article: holding ? result.article : nil) {
                    parser.parse(contentsOf: url, path: path).article
                }
                documents.append(
                    Document(
                        locale: file.locale, relativePath: file.relativePath, url: file.url, summary: result.article,
                        isUsable: result.isUsable, fingerprint: result.fingerprint, slot: slot))
                diagnostics += result.diagnostics
            }
            if !holding { MemoryTrim.returnFreedMemory() }
        }
        let pairs = TranslationPairer(configuration: configuration).pairs(documents)
        var content = ContentSet(
            root: root, configuration: configuration, documents: documents, diagnostics: diagnostics, pairs: pairs,
            skipped: discovery.skipped)
        if let model = try loadModel(configuration) {
            content.model = model
            content.uiPathResolver = ModelResolver(model: model)
        }
        return content
    }

    /// How many files are parsed at once.
    static let chunkSize = 256

    /// How many bytes of Markdown a content set holds parsed for the whole run. A larger set keeps only each
    /// article's title, asset id and anchors, and parses each article once more when its batch is worked on
    /// (`ContentSet.inBatches`): a second parse in exchange for memory that does not grow with the set.
    public static let defaultHoldLimit = 12 * 1024 * 1024

    /// The model `--model` names, else docloc.yml's `model`, else `model/consent.yml` when it exists.
    private func loadModel(_ configuration: Configuration) throws -> ProductModel? {
        if let modelFile {
            return try ProductModelLoader(file: modelFile.path).load(contentsOf: modelFile)
        }
        let fallback = "model/consent.yml"
        let path = configuration.model
            ?? (FileManager.default.fileExists(atPath: root.appendingPathComponent(fallback).path) ? fallback : nil)
        guard let path else { return nil }
        return try ProductModelLoader(file: path).load(contentsOf: root.appendingPathComponent(path))
    }
}
