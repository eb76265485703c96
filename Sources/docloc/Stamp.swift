import ArgumentParser
import DocLoc
import Foundation

struct Stamp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Record the current source fingerprint (ms.openlocfilehash) and ms.lasthandoff in translations.")

    @Argument(help: "Translated Markdown files (nl-NL/admin/x.md …).")
    var files: [String]

    func run() throws {
        var failed = false
        // Files of one content set are stamped from one load of it.
        var byRoot: [URL: [URL]] = [:]
        for file in files {
            let url = URL(fileURLWithPath: file)
            guard FileManager.default.fileExists(atPath: url.path) else { throw DocLocError.fileNotFound(path: file) }
            guard let root = Stamper.contentRoot(for: url) else {
                Terminal.error("docloc: \(file): not inside a content folder (no docloc.yml or locale folders above it)")
                failed = true
                continue
            }
            byRoot[root, default: []].append(url)
        }
        let stamper = Stamper()
        for root in byRoot.keys.sorted(by: { $0.path < $1.path }) {
            let content = try ContentLoader(root: root).load()
            for result in try stamper.stamp(files: byRoot[root] ?? [], in: content) {
                switch result.outcome {
                case .stamped(let fingerprint):
                    Terminal.write("\(result.path): stamped ms.openlocfilehash \(fingerprint), ms.lasthandoff \(stamper.handoffDate)\n")
                case .unchanged(let fingerprint):
                    Terminal.write("\(result.path): already records \(fingerprint); unchanged\n")
                case .noSource(let reason):
                    Terminal.error("docloc: \(result.path): not stamped: \(reason)")
                    failed = true
                }
            }
        }
        if failed { throw ExitCode(2) }
    }
}
