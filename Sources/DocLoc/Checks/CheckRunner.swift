/// Parse + analyze: runs every analyzer over a loaded content set and gathers one report.
public struct CheckRunner: Sendable {
    public var analyzers: [any ContentAnalyzer]

    public init(analyzers: [any ContentAnalyzer]) {
        self.analyzers = analyzers
    }

    /// The analyzers `docloc check` runs.
    public static func standard() -> CheckRunner {
        CheckRunner(analyzers: [DriftAnalyzer()])
    }

    public func run(_ content: ContentSet) -> CheckReport {
        var diagnostics = content.diagnostics
        for analyzer in analyzers { diagnostics += analyzer.analyze(content) }
        return CheckReport(diagnostics: diagnostics, files: content.documents.count + content.skipped.count)
    }
}
