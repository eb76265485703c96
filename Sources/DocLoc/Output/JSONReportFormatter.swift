import Foundation

/// The JSON contract of DESIGN.md: `{"diagnostics": [...], "summary": {...}}`.
public struct JSONReportFormatter: ReportFormatter {
    public init() {}

    struct Output: Encodable {
        struct Item: Encodable {
            var rule: String
            var severity: String
            var file: String
            var line: Int
            var column: Int
            var message: String
            var notes: [String]
        }
        struct Summary: Encodable {
            var files: Int
            var errors: Int
            var warnings: Int
            var notes: Int
        }
        var diagnostics: [Item]
        var summary: Summary
    }

    public func format(_ report: CheckReport) -> String {
        let output = Output(
            diagnostics: report.diagnostics.map {
                .init(
                    rule: $0.rule, severity: $0.severity.rawValue, file: $0.file, line: $0.location.line,
                    column: $0.location.column, message: $0.summary, notes: $0.notes + $0.solutions)
            },
            summary: .init(
                files: report.files, errors: report.count(.error), warnings: report.count(.warning),
                notes: report.count(.note)))
        return JSONOutput.encode(output)
    }
}

/// Pretty, sorted, slash-preserving JSON with a final newline: stable output for scripts and diffs.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
