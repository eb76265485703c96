/// Turns a check report into one output format. One type per format.
public protocol ReportFormatter: Sendable {
    func format(_ report: CheckReport) -> String
}

/// The `--format` values of `docloc check`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json

    public func formatter(color: Bool = false) -> any ReportFormatter {
        switch self {
        case .text: TextReportFormatter(color: color)
        case .json: JSONReportFormatter()
        }
    }
}
