import Foundation

/// The JSON contract of DESIGN.md: `{"diagnostics": [...], "summary": {...}}`, pretty-printed with sorted keys
/// as `JSONOutput` prints. Written by hand, a diagnostic at a time: a report of a large content set is never
/// built as one value or one string (`write(_:to:)`).
public struct JSONReportFormatter: ReportFormatter {
    public init() {}

    public func format(_ report: CheckReport) -> String {
        var text = ""
        write(report, to: { text += $0 })
        return text
    }

    public func write(_ report: CheckReport, to output: (String) -> Void) {
        var out = "{\n  \"diagnostics\" : ["
        for (index, diagnostic) in report.diagnostics.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            Self.append(diagnostic, to: &out)
            if out.utf8.count >= Self.pieceSize {
                output(out)
                out = ""
            }
        }
        out += report.diagnostics.isEmpty ? "\n\n  ],\n" : "\n  ],\n"
        out += "  \"summary\" : {\n"
        out += "    \"errors\" : \(report.count(.error)),\n"
        out += "    \"files\" : \(report.files),\n"
        out += "    \"notes\" : \(report.count(.note)),\n"
        out += "    \"warnings\" : \(report.count(.warning))\n"
        out += "  }\n}\n"
        output(out)
    }

    /// How much text is gathered before it is handed on.
    static let pieceSize = 64 * 1024

    /// One element of `diagnostics`, keys in sorted order, at the indentation of the array's elements.
    private static func append(_ diagnostic: Diagnostic, to out: inout String) {
        out += "    {\n      \"column\" : \(diagnostic.location.column),\n      \"file\" : "
        JSONText.appendQuoted(diagnostic.file, to: &out)
        out += ",\n      \"line\" : \(diagnostic.location.line),\n      \"message\" : "
        JSONText.appendQuoted(diagnostic.summary, to: &out)
        out += ",\n      \"notes\" : ["
        let notes = diagnostic.notes + diagnostic.solutions
        for (index, note) in notes.enumerated() {
            out += index == 0 ? "\n        " : ",\n        "
            JSONText.appendQuoted(note, to: &out)
        }
        out += notes.isEmpty ? "\n\n      ],\n" : "\n      ],\n"
        out += "      \"rule\" : "
        JSONText.appendQuoted(diagnostic.rule, to: &out)
        out += ",\n      \"severity\" : "
        JSONText.appendQuoted(diagnostic.severity.rawValue, to: &out)
        out += "\n    }"
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
