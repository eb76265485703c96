/// What a summarizing analyzer found in one batch of a content set.
public struct Analysis: Sendable {
    public var diagnostics: [Diagnostic]
    /// How the batch's UI paths resolved, when it was checked against a model (`CheckRunner` adds the batches
    /// up and ends the report with one line per locale).
    public var coverage: UIPathCoverage?

    public init(diagnostics: [Diagnostic], coverage: UIPathCoverage? = nil) {
        self.diagnostics = diagnostics
        self.coverage = coverage
    }
}
