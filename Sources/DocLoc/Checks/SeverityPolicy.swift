/// Applies docloc.yml's rule settings to diagnostics: a rule's severity changed or the rule turned off,
/// everywhere (`rules:`) or for paths matching globs (`overrides:`). Settings apply in file order; the last
/// one that matches a diagnostic's rule and file wins.
public struct SeverityPolicy: Sendable {
    private struct Entry: Sendable {
        var rule: String
        var severity: Severity?
        var globs: [PathGlob]
    }

    private var entries: [Entry]

    public init(settings: [RuleSetting]) {
        entries = settings.map { Entry(rule: $0.rule, severity: $0.severity, globs: $0.paths.map(PathGlob.init)) }
    }

    public var isEmpty: Bool { entries.isEmpty }

    /// The severity `diagnostic` gets, or nil when its rule is off for its file.
    public func severity(of diagnostic: Diagnostic) -> Severity? {
        var result: Severity? = diagnostic.severity
        for entry in entries where entry.rule == diagnostic.rule {
            if entry.globs.isEmpty || entry.globs.contains(where: { $0.matches(diagnostic.file) }) {
                result = entry.severity
            }
        }
        return result
    }

    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var result = diagnostics
        apply(to: &result)
        return result
    }

    /// `apply`, in place: a large report is not copied.
    public func apply(to diagnostics: inout [Diagnostic]) {
        guard !entries.isEmpty else { return }
        var kept = 0
        for index in diagnostics.indices {
            guard let severity = severity(of: diagnostics[index]) else { continue }
            if kept != index { diagnostics.swapAt(kept, index) }
            diagnostics[kept].severity = severity
            kept += 1
        }
        diagnostics.removeSubrange(kept...)
    }
}
