/// What a summarizing analyzer found.
public struct Analysis: Sendable {
    public var diagnostics: [Diagnostic]
    public var summaryLines: [String]

    public init(diagnostics: [Diagnostic], summaryLines: [String] = []) {
        self.diagnostics = diagnostics
        self.summaryLines = summaryLines
    }
}
