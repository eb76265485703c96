/// An analyzer that, besides diagnostics, counts something for the end of the text report (UI-path coverage).
/// `CheckRunner` asks it once per batch for both.
public protocol SummarizingAnalyzer: ContentAnalyzer {
    func analysis(_ content: ContentSet) -> Analysis
}

extension SummarizingAnalyzer {
    public func analyze(_ content: ContentSet) -> [Diagnostic] { analysis(content).diagnostics }
}
