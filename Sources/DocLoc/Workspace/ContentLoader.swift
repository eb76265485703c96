import Foundation

/// Discover → Parse: finds the locale folders and their articles, parses every article in parallel, and pairs
/// translations with their sources (same relative path, then equal `ms.assetid`).
public struct ContentLoader: Sendable {
    public var root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
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
        return ContentSet(
            root: root, configuration: configuration, documents: documents, diagnostics: diagnostics, pairs: pairs,
            skipped: discovery.skipped)
    }
}
