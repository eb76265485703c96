import ArgumentParser
import DocLoc
import Foundation

extension ReportFormat: ExpressibleByArgument {}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and validate every article; exit 1 on errors (on warnings too with --strict).")

    @OptionGroup var options: ContentOptions

    @Option(help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    func run() throws {
        let started = Date()
        Terminal.progress("docloc: reading \(options.content) …")
        let (report, articles) = try checked()
        let reportOptions = ReportOptions(
            articles: articles, pathPrefix: ReportOptions.prefix(forContentDirectory: options.content), strict: strict)
        format.formatter(color: Terminal.useColor, options: reportOptions).write(report, to: Terminal.write)
        Terminal.progress("docloc: done in \(DurationText.seconds(Date().timeIntervalSince(started))) s")
        throw ExitCode(report.exitStatus(strict: strict))
    }

    /// The report, and the articles' paths when the format lists them (JUnit): the content set is let go
    /// before the report is written, unless it is held whole.
    private func checked() throws -> (CheckReport, [String]) {
        let content = try options.load(walkingTree: true)
        let report = CheckRunner.standard().run(content)
        content.keepToExitIfHeldWhole()
        return (report, format == .junit ? content.documents.map(\.path) : [])
    }
}
