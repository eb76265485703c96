/// An analyzer that, besides diagnostics, has lines for the end of the text report (coverage, counts).
/// `CheckRunner` asks it once for both.
public protocol SummarizingAnalyzer: ContentAnalyzer {
    func analysis(_ content: ContentSet) -> Analysis
}

extension SummarizingAnalyzer {
    public func analyze(_ content: ContentSet) -> [Diagnostic] { analysis(content).diagnostics }
}
