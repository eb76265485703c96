/// GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per diagnostic, with the
/// file relative to the repository, line, column and the rule as title; then the summary lines as plain text.
public struct GitHubReportFormatter: ReportFormatter {
    public var pathPrefix: String

    public init(pathPrefix: String = "") {
        self.pathPrefix = pathPrefix
    }

    public func format(_ report: CheckReport) -> String {
        var out = ""
        for d in report.diagnostics {
            let command = switch d.severity {
            case .error: "error"
            case .warning: "warning"
            case .note: "notice"
            }
            let properties = [
                "file=\(Self.escapeProperty(pathPrefix + d.file))", "line=\(d.location.line)", "col=\(d.location.column)",
                "title=\(Self.escapeProperty(d.rule))",
            ]
            let message = ([d.summary] + d.notes.map { "note: \($0)" } + d.solutions.map { "fix: \($0)" })
                .joined(separator: "\n")
            out += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
        }
        for line in report.summaryLines { out += line + "\n" }
        out += TextReportFormatter().summary(report) + "\n"
        return out
    }

    /// Workflow-command data: `%`, CR and LF are escaped.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Workflow-command property values: as data, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
