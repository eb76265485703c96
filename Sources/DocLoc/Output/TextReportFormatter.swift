/// `path:line:column: severity: message [rule]`, notes indented below, then a summary line.
public struct TextReportFormatter: ReportFormatter {
    public var color: Bool

    public init(color: Bool = false) { self.color = color }

    public func format(_ report: CheckReport) -> String {
        var out = ""
        for d in report.diagnostics {
            out += "\(d.file):\(d.location.line):\(d.location.column): \(paint(d.severity)): \(d.summary) [\(d.rule)]\n"
            for note in d.notes { out += "    note: \(note)\n" }
            for fix in d.solutions { out += "    fix: \(fix)\n" }
        }
        for line in report.summaryLines { out += line + "\n" }
        out += summary(report) + "\n"
        return out
    }

    public func summary(_ report: CheckReport) -> String {
        let e = report.count(.error), w = report.count(.warning), n = report.count(.note)
        return "checked \(report.files) file\(report.files == 1 ? "" : "s"): \(e) error\(e == 1 ? "" : "s"), "
            + "\(w) warning\(w == 1 ? "" : "s"), \(n) note\(n == 1 ? "" : "s")"
    }

    private func paint(_ severity: Severity) -> String {
        guard color else { return severity.rawValue }
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .note: "36"
        }
        return "\u{1B}[1;\(code)m\(severity.rawValue)\u{1B}[0m"
    }
}
