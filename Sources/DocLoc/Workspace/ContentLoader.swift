import Foundation

/// Discover → Parse: finds the locale folders and their articles, parses every article in parallel, and pairs
/// translations with their sources (same relative path, then equal `ms.assetid`).
public struct ContentLoader: Sendable {
    public var root: URL
    /// A product model to use instead of the one docloc.yml names (`--model`).
    public var modelFile: URL?

    public init(root: URL, modelFile: URL? = nil) {
        self.root = root.standardizedFileURL
        self.modelFile = modelFile
    }

    public func load() throws -> ContentSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DocLocError.contentNotFound(path: root.path)
        }
        let configuration = try ConfigurationLoader(root: root).load()
        let discovery = FileDiscovery(root: root).articles(in: configuration.locales)
        let parser = ArticleParser(maximumFileSize: configuration.maximumFileSize)
        let parsed = ParallelMap.map(discovery.files) { file in
            parser.parse(contentsOf: file.url, path: file.path)
        }
        var documents: [Document] = []
        var diagnostics = discovery.diagnostics
        for (file, result) in zip(discovery.files, parsed) {
            documents.append(
                Document(
                    locale: file.locale, relativePath: file.relativePath, url: file.url, article: result.article,
                    isUsable: result.isUsable, fingerprint: result.fingerprint))
            diagnostics += result.diagnostics
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
