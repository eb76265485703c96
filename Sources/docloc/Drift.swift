import ArgumentParser
import DocLoc
import Foundation

extension DriftFormat: ExpressibleByArgument {}

struct Drift: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Report which translations are outdated, exactly why, and (with --diff) what changed in the source.")

    @OptionGroup var options: ContentOptions

    @Option(help: "Only this translation locale (for example nl-NL).")
    var locale: String?

    @Option(help: "Output format: \(DriftFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: DriftFormat = .text

    @Flag(help: "Show, from git history, what changed in the source since each outdated translation was made.")
    var diff = false

    func run() throws {
        let started = Date()
        Terminal.progress("docloc: reading \(options.content) …")
        let content = try options.load()
        if let locale, !content.configuration.translations.contains(where: { $0.lowercased() == locale.lowercased() }) {
            throw ValidationError(
                "'\(locale)' is not a translation locale of this content set (translations: \(content.configuration.translations.joined(separator: ", ")))")
        }
        var report = DriftEngine().report(for: content).filtered(locale: locale)
        if diff {
            let history = SourceHistory(contentRoot: content.root)
            report = DriftReport(pairs: report.pairs.map { drift in
                guard drift.status == .outdated else { return drift }
                var drift = drift
                drift.sourceDiff = history.diff(for: drift, in: content)
                return drift
            })
        }
        Terminal.write(format.formatter().format(report))
        content.keepToExitIfHeldWhole()
        Terminal.progress("docloc: done in \(DurationText.seconds(Date().timeIntervalSince(started))) s")
    }
}
