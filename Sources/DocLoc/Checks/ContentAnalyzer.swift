/// A stage of `docloc check` that reads the whole content set and reports diagnostics:
/// validation against the model, translation drift, … Analyzers do not print; they return values.
public protocol ContentAnalyzer: Sendable {
    func analyze(_ content: ContentSet) -> [Diagnostic]
}
