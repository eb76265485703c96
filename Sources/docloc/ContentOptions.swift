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
    func load(summaries: CacheTable<DocumentSummary> = [:], trustedBefore: Int64 = 0, walkingTree: Bool = false) throws -> ContentSet {
        try ContentLoader(
            root: url, modelFile: model.map { URL(fileURLWithPath: $0) }, holdLimit: Self.holdLimit, summaries: summaries,
            trustedBefore: trustedBefore, walksTree: walkingTree
        ).load()
    }

    /// `DOCLOC_HOLD_LIMIT` (bytes of Markdown held parsed for the whole run), else the default.
    static var holdLimit: Int {
        ProcessInfo.processInfo.environment["DOCLOC_HOLD_LIMIT"].flatMap { Int($0) } ?? ContentLoader.defaultHoldLimit
    }
}
