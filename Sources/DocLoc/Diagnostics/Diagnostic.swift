/// A problem found in the content. Diagnostics are values: finding one never stops processing.
///
/// `summary` states the rule's fact, most specific first; `notes` add context; `solutions` say what to do.
public struct Diagnostic: Hashable, Codable, Sendable {
    public var rule: String
    public var severity: Severity
    /// Path relative to the content directory (or as given, for files outside it).
    public var file: String
    public var range: SourceRange
    public var summary: String
    public var notes: [String]
    public var solutions: [String]

    public init(
        rule: String, severity: Severity, file: String, range: SourceRange,
        summary: String, notes: [String] = [], solutions: [String] = []
    ) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.range = range
        self.summary = summary
        self.notes = notes
        self.solutions = solutions
    }

    public init(
        rule: String, severity: Severity, file: String, at location: SourceLocation,
        summary: String, notes: [String] = [], solutions: [String] = []
    ) {
        self.init(
            rule: rule, severity: severity, file: file, range: location.emptyRange,
            summary: summary, notes: notes, solutions: solutions)
    }

    public var location: SourceLocation { range.lowerBound }
}

extension Diagnostic {
    /// Document order: file, then position, then rule — the order every formatter prints in.
    public static func documentOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.location != b.location { return a.location < b.location }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.summary < b.summary
    }
}
