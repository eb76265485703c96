import ArgumentParser
import DocLoc
import Foundation

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Print the parsed model of one article: an outline, or everything as JSON.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The Markdown file.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    struct Output: Encodable {
        var path: String
        var fingerprint: String?
        var article: Article
        var diagnostics: [Diagnostic]
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else { throw DocLocError.fileNotFound(path: file) }
        let parsed = ArticleParser().parse(contentsOf: URL(fileURLWithPath: file), path: file)
        switch format {
        case .text:
            Terminal.write(ArticleOutline(article: parsed.article, diagnostics: parsed.diagnostics).render())
        case .json:
            Terminal.write(
                JSONOutput.encode(
                    Output(path: file, fingerprint: parsed.fingerprint, article: parsed.article, diagnostics: parsed.diagnostics)))
        }
        if parsed.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
