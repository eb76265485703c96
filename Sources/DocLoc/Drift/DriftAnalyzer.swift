/// Drift findings for `docloc check`: one warning per finding of every outdated translation, on the
/// translation's line, rule = the finding kind, the source's line in a note. Missing and orphaned articles
/// are not warnings: a partial translation is normal, and `docloc drift` lists them.
public struct DriftAnalyzer: ContentAnalyzer {
    public init() {}

    public func analyze(_ content: ContentSet) -> [Diagnostic] {
        diagnostics(for: DriftEngine().report(for: content))
    }

    public func diagnostics(for report: DriftReport) -> [Diagnostic] {
        report.pairs.filter { $0.status == .outdated }.flatMap { drift in
            drift.findings.map { finding in
                let line = finding.translationLine ?? 1
                var notes: [String] = []
                if let source = drift.sourcePath {
                    notes.append(finding.sourceLine.map { "source: \(source):\($0)" } ?? "source: \(source)")
                }
                return Diagnostic(
                    rule: finding.kind, severity: .warning, file: drift.translationPath ?? drift.pair.relativePath,
                    at: SourceLocation(line: line, column: 1), summary: finding.message, notes: notes)
            }
        }
    }
}
