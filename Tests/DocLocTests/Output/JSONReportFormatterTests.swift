import Foundation
import Testing
@testable import DocLoc

/// The JSON report is written by hand a diagnostic at a time; it must be, byte for byte, what `JSONEncoder`
/// (through `JSONOutput`) makes of the same report, as it was before it was streamed.
@Suite struct JSONReportFormatterTests {
    /// The contract's shape, encoded the way the formatter used to encode it.
    struct Reference: Encodable {
        struct Item: Encodable {
            var rule, severity, file: String
            var line, column: Int
            var message: String
            var notes: [String]
        }
        struct Summary: Encodable { var files, errors, warnings, notes: Int }
        var diagnostics: [Item]
        var summary: Summary

        init(_ report: CheckReport) {
            diagnostics = report.diagnostics.map {
                Item(
                    rule: $0.rule, severity: $0.severity.rawValue, file: $0.file, line: $0.location.line,
                    column: $0.location.column, message: $0.summary, notes: $0.notes + $0.solutions)
            }
            summary = Summary(
                files: report.files, errors: report.count(.error), warnings: report.count(.warning),
                notes: report.count(.note))
        }
    }

    static func reference(_ report: CheckReport) -> String { JSONOutput.encode(Reference(report)) }

    /// Every ASCII character, DEL, a line and paragraph separator, a BOM, accents and an emoji.
    static let awkward: String = {
        var text = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        text += "\u{7F}\u{85}\u{2028}\u{2029}\u{FEFF}é e\u{301} 😀 / \\ \""
        return text
    }()

    @Test func matchesTheEncoderOnAwkwardText() {
        let report = CheckReport(
            diagnostics: [
                Diagnostic(
                    rule: "link-broken", severity: .error, file: "nl-NL/ä/\"b\".md", at: SourceLocation(line: 3, column: 5),
                    summary: Self.awkward, notes: [Self.awkward, ""], solutions: ["fix </script>"]),
                Diagnostic(
                    rule: "uipath-outdated", severity: .warning, file: "en-US/a.md", at: SourceLocation(line: 1, column: 2),
                    summary: "no notes"),
                Diagnostic(
                    rule: "note-rule", severity: .note, file: "en-US/b.md", at: SourceLocation(line: 0, column: 0),
                    summary: "", notes: [], solutions: ["only a solution"]),
            ],
            files: 3)
        #expect(JSONReportFormatter().format(report) == Self.reference(report))
    }

    @Test func matchesTheEncoderOnAnEmptyReport() {
        let report = CheckReport(diagnostics: [], files: 0)
        #expect(JSONReportFormatter().format(report) == Self.reference(report))
    }

    @Test func writesALargeReportInPiecesThatJoinToTheWhole() {
        let diagnostics = (0..<3000).map { index in
            Diagnostic(
                rule: "anchor-missing", severity: index % 3 == 0 ? .error : .warning, file: "nl-NL/a\(index).md",
                at: SourceLocation(line: index, column: 1), summary: "anchor '#x\(index)' is not defined",
                notes: ["headings: \(index)"])
        }
        let report = CheckReport(diagnostics: diagnostics, files: 3000)
        var pieces: [String] = []
        JSONReportFormatter().write(report, to: { pieces.append($0) })
        #expect(pieces.count > 2)
        #expect(pieces.dropLast().allSatisfy { $0.utf8.count >= JSONReportFormatter.pieceSize })
        #expect(pieces.joined() == Self.reference(report))
    }
}
