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
        guard !entries.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let severity = severity(of: diagnostic) else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }
}
