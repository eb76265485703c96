import ArgumentParser
import DocLoc
import Foundation

/// `--content DIR`, shared by every command that reads a content set.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content directory (locale folders and docloc.yml).")
    var content: String = "content"

    @Option(name: .long, help: "A product model file to use instead of the one docloc.yml names.")
    var model: String?

    var url: URL { URL(fileURLWithPath: content) }

    /// The content set; files whose fingerprint and size equal a summary's are not parsed, and those with the
    /// summary's size and modification time, older than `trustedBefore`, not read (`--incremental`); with
    /// `walkingTree`, every file of the tree is listed meanwhile (`ContentSet.tree`).
    /// `pendingSummaries`: the summaries, still being read (`ContentLoader.pendingSummaries`).
    func load(
        pendingSummaries: (@Sendable () -> CacheTable<DocumentSummary>)? = nil, trustedBefore: Int64 = 0, walkingTree: Bool = false
    ) throws -> ContentSet {
        var loader = ContentLoader(
            root: url, modelFile: model.map { URL(fileURLWithPath: $0) }, holdLimit: Self.holdLimit, trustedBefore: trustedBefore,
            walksTree: walkingTree)
        loader.pendingSummaries = pendingSummaries
        return try loader.load()
    }

    /// `DOCLOC_HOLD_LIMIT` (bytes of Markdown held parsed for the whole run), else the default.
    static var holdLimit: Int {
        ProcessInfo.processInfo.environment["DOCLOC_HOLD_LIMIT"].flatMap { Int($0) } ?? ContentLoader.defaultHoldLimit
    }
}
