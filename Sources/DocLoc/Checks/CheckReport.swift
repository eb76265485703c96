/// The outcome of `docloc check`: diagnostics in document order and their counts.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Every article read, good or bad.
    public var files: Int
    /// Extra lines for the text summary (coverage, …), in order.
    public var summaryLines: [String]

    public init(diagnostics: consuming [Diagnostic], files: Int, summaryLines: [String] = []) {
        diagnostics.sort(by: Diagnostic.documentOrder)
        self.diagnostics = diagnostics
        self.files = files
        self.summaryLines = summaryLines
    }

    public func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }

    /// Exit status per DESIGN.md: 1 when anything is at or above the failure level.
    public func exitStatus(strict: Bool) -> Int32 {
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        return failing ? 1 : 0
    }
}
