import ArgumentParser
import DocLoc
import Foundation

/// `--content DIR`, shared by every command that reads a content set.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The content directory (locale folders and docloc.yml).")
    var content: String = "content"

    var url: URL { URL(fileURLWithPath: content) }

    func load() throws -> ContentSet {
        try ContentLoader(root: url).load()
    }
}
