/// Parse + analyze: runs every analyzer over a loaded content set and gathers one report, with docloc.yml's
/// rule severities applied to every diagnostic.
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
        var diagnostics = content.diagnostics
        var summaryLines: [String] = []
        for analyzer in analyzers {
            if let summarizing = analyzer as? any SummarizingAnalyzer {
                let analysis = summarizing.analysis(content)
                diagnostics += analysis.diagnostics
                summaryLines += analysis.summaryLines
            } else {
                diagnostics += analyzer.analyze(content)
            }
        }
        let policy = SeverityPolicy(settings: content.configuration.ruleSettings)
        return CheckReport(
            diagnostics: policy.apply(diagnostics), files: content.documents.count + content.skipped.count,
            summaryLines: summaryLines)
    }
}
