/// Parse + analyze: runs every analyzer over a loaded content set and gathers one report, with docloc.yml's
/// rule severities applied to every diagnostic.
///
/// The analyzers run batch by batch (`ContentSet.inBatches`): every analyzer sees a batch while its articles
/// are parsed, so a large content set is parsed once more in all, not once per analyzer.
public struct CheckRunner: Sendable {
    public var analyzers: [any ContentAnalyzer]

    public init(analyzers: [any ContentAnalyzer]) {
        self.analyzers = analyzers
    }

    /// The analyzers `docloc check` runs.
    public static func standard() -> CheckRunner {
        CheckRunner(analyzers: [ValidationAnalyzer(), DriftAnalyzer()])
    }

    public func run(_ content: ContentSet) -> CheckReport {
        var found: [[Diagnostic]] = analyzers.map { _ in [] }
        var coverage: UIPathCoverage?
        content.inBatches { batch in
            for (index, analyzer) in analyzers.enumerated() {
                if let summarizing = analyzer as? any SummarizingAnalyzer {
                    let analysis = summarizing.analysis(batch)
                    found[index] += analysis.diagnostics
                    if let counted = analysis.coverage {
                        coverage = coverage ?? UIPathCoverage()
                        coverage?.add(counted)
                    }
                } else {
                    found[index] += analyzer.analyze(batch)
                }
            }
        }
        // One array, filled and adjusted in place: a large set's report is not copied on the way.
        var diagnostics = content.diagnostics
        diagnostics.reserveCapacity(diagnostics.count + found.reduce(0) { $0 + $1.count })
        for index in found.indices {
            diagnostics += found[index]
            found[index] = []
        }
        SeverityPolicy(settings: content.configuration.ruleSettings).apply(to: &diagnostics)
        return CheckReport(
            diagnostics: diagnostics,
            files: content.documents.count + content.skipped.count,
            summaryLines: coverage?.summaryLines(locales: content.configuration.locales) ?? [])
    }
}
