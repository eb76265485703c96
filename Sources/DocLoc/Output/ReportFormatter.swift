/// Turns a check report into one output format. One type per format.
public protocol ReportFormatter: Sendable {
    func format(_ report: CheckReport) -> String

    /// Hands the formatted report to `output` piece by piece, so a format that can be written as it goes does
    /// not build the whole text of a large report first. The pieces joined are `format(report)`.
    func write(_ report: CheckReport, to output: (String) -> Void)
}

extension ReportFormatter {
    public func write(_ report: CheckReport, to output: (String) -> Void) {
        output(format(report))
    }
}

/// The `--format` values of `docloc check`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit

    public func formatter(color: Bool = false, options: ReportOptions = ReportOptions()) -> any ReportFormatter {
        switch self {
        case .text: TextReportFormatter(color: color)
        case .json: JSONReportFormatter()
        case .sarif: SARIFReportFormatter(pathPrefix: options.pathPrefix)
        case .github: GitHubReportFormatter(pathPrefix: options.pathPrefix)
        case .junit: JUnitReportFormatter(articles: options.articles, strict: options.strict)
        }
    }
}
