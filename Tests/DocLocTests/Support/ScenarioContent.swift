import Foundation
@testable import DocLoc

/// Writes a small content tree into a temporary folder, Hugo-integration-test style:
///
///     let content = try ScenarioContent([
///         "docloc.yml": "source: en-US\ntranslations: [nl-NL]\n",
///         "en-US/x.md": "# Hello\n",
///     ])
///     let set = try content.load()
final class ScenarioContent {
    let root: URL

    init(_ files: [String: String], config: String? = "source: en-US\ntranslations: [nl-NL]\n") throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("docloc-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if let config, files["docloc.yml"] == nil { try write("docloc.yml", config) }
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func load() throws -> ContentSet { try ContentLoader(root: root).load() }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// Paths of the repository and of the shared material beside it.
enum TestPaths {
    /// The package root (…/main).
    static let package: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = package.appendingPathComponent("Tests/DocLocTests/Fixtures")
    static let content = package.appendingPathComponent("content")
    static let shared = package.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpus/m365")
    /// Whether the real corpus is beside the project. A test of it is enabled only then (`.enabled(if:)`), so a run
    /// without it reports the test as skipped rather than passed.
    static let hasCorpus = FileManager.default.fileExists(atPath: corpus.path)

    /// `content`, and the corpus where it is: a parameterized test over both lists the corpus case only then (rather
    /// than passing it unread); `content` is part of the project and always listed.
    static let contentAndCorpus = hasCorpus ? [content, corpus] : [content]

    static func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }
}

/// Parses inline Markdown the way the loader parses files.
func parse(_ text: String, path: String = "x.md") -> ParsedArticle {
    ArticleParser().parse(bytes: Array(text.utf8), path: path)
}
