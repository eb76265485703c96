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
        let policy = SeverityPolicy(settings: content.configuration.ruleSettings)
        return CheckReport(
            diagnostics: policy.apply(content.diagnostics + found.flatMap { $0 }),
            files: content.documents.count + content.skipped.count,
            summaryLines: coverage?.summaryLines(locales: content.configuration.locales) ?? [])
    }
}
