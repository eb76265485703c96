/// An analyzer that, besides diagnostics, has lines for the end of the text report (coverage, counts).
/// `CheckRunner` asks it once for both.
public protocol SummarizingAnalyzer: ContentAnalyzer {
    func analysis(_ content: ContentSet) -> Analysis
}

/// What a summarizing analyzer found.
public struct Analysis: Sendable {
    public var diagnostics: [Diagnostic]
    public var summaryLines: [String]

    public init(diagnostics: [Diagnostic], summaryLines: [String] = []) {
        self.diagnostics = diagnostics
        self.summaryLines = summaryLines
    }
}

extension SummarizingAnalyzer {
    public func analyze(_ content: ContentSet) -> [Diagnostic] { analysis(content).diagnostics }
}
