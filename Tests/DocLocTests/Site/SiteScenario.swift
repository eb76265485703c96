import Foundation
@testable import DocLoc

/// A small multi-locale site written inline, built into a temporary folder (Hugo's integration-test style).
final class SiteScenario {
    let content: ScenarioContent
    let out: URL
    private(set) var result: SiteBuildResult?

    init(_ files: [String: String], config: String = "source: en-US\ntranslations: [nl-NL]\nsite: {title: Help, baseURL: 'https://help.example.com/'}\n") throws {
        content = try ScenarioContent(files, config: config)
        out = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-site-\(UUID().uuidString)")
    }

    /// Builds with the built-in theme (or `theme`), marking the listed pairs outdated with one finding each.
    @discardableResult
    func build(
        outdated: [String: String] = [:], theme: Theme? = nil, verify: Bool = true, incremental: Bool = false,
        generator: String = "test"
    ) throws -> SiteBuildResult {
        let set = try content.load()
        var drift = DriftEngine().report(for: set)
        for index in drift.pairs.indices {
            let key = drift.pairs[index].pair.locale + "/" + drift.pairs[index].pair.relativePath
            if let message = outdated[key], drift.pairs[index].status == .current {
                drift.pairs[index].status = .outdated
                drift.pairs[index].findings = [DriftFinding(kind: "section-added", message: message, sourceLine: 3)]
            }
        }
        let result = try SiteBuilder(
            content: set, drift: drift, theme: theme ?? Theme.load(overrides: nil), verify: verify, incremental: incremental,
            generator: generator)
            .build(into: out)
        self.result = result
        return result
    }

    /// Builds as `docloc build` does: the loader takes the previous cache's summaries (with `incremental`; the
    /// cache read as the command reads it, its tables other than the documents' deferred when it is larger than
    /// `sharingUpTo`) and the builder compares the pairs itself. Returns the content set it loaded too.
    @discardableResult
    func buildAsTheCommandDoes(
        incremental: Bool = true, generator: String = "test", sharingUpTo sharedLimit: Int = BuildCache.sharedTablesLimit
    ) throws -> (SiteBuildResult, ContentSet) {
        let cachePath = out.standardizedFileURL.resolvingSymlinksInPath().path + "/" + BuildCache.fileName
        let previous = incremental
            ? BuildCache.load(fromFile: cachePath, sharingUpTo: sharedLimit, deferringTables: true).written(by: generator) : nil
        let set = try ContentLoader(root: content.root, summaries: previous?.documents ?? [:]).load()
        let result = try SiteBuilder(
            content: set, theme: Theme.load(overrides: nil), verify: true, incremental: incremental, previous: previous,
            generator: generator
        ).build(into: out)
        self.result = result
        return (result, set)
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path)
    }

    /// Every file of the built site with its bytes.
    func snapshot() throws -> [String: Data] { try Self.snapshot(of: out) }

    /// Every regular file under `folder` (by relative path) with its bytes.
    static func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
                files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return files
    }

    deinit {
        try? FileManager.default.removeItem(at: out)
        // What an incremental build keeps beside the site.
        try? FileManager.default.removeItem(at: OutputFolder.spare(of: out))
    }
}
