/// JUnit XML for CI test reports: one test suite per locale, one test case per article (passing ones
/// included). An article fails when it has errors (warnings too with --strict); every finding is listed in the
/// failure text, or in `system-out` when the article passes.
public struct JUnitReportFormatter: ReportFormatter {
    public var articles: [String]
    public var strict: Bool

    public init(articles: [String] = [], strict: Bool = false) {
        self.articles = articles
        self.strict = strict
    }

    public func format(_ report: CheckReport) -> String {
        let byFile = Dictionary(grouping: report.diagnostics, by: \.file)
        let files = Array(Set(articles).union(byFile.keys)).sorted()
        let suites = Dictionary(grouping: files) { file in file.split(separator: "/").first.map(String.init) ?? file }
        var failuresTotal = 0
        var body = ""
        for suite in suites.keys.sorted() {
            let cases = suites[suite] ?? []
            var xml = ""
            var failures = 0
            for file in cases {
                let found = byFile[file] ?? []
                let failing = found.filter { $0.severity == .error || (strict && $0.severity == .warning) }
                let text = found.map(Self.line).joined(separator: "\n")
                xml += "    <testcase classname=\"\(Self.escape(suite))\" name=\"\(Self.escape(file))\" file=\"\(Self.escape(file))\""
                if let first = failing.first {
                    failures += 1
                    xml += ">\n      <failure type=\"\(Self.escape(first.rule))\" message=\"\(Self.escape(Self.failureMessage(failing)))\">"
                    xml += Self.escape(text) + "</failure>\n    </testcase>\n"
                } else if !found.isEmpty {
                    xml += ">\n      <system-out>\(Self.escape(text))</system-out>\n    </testcase>\n"
                } else {
                    xml += "/>\n"
                }
            }
            failuresTotal += failures
            body += "  <testsuite name=\"\(Self.escape(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\">\n"
            body += xml + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"docloc check\" tests=\"\(files.count)\" failures=\"\(failuresTotal)\" errors=\"0\">\n"
            + body + "</testsuites>\n"
    }

    static func failureMessage(_ failing: [Diagnostic]) -> String {
        let first = failing[0]
        let more = failing.count > 1 ? " (and \(failing.count - 1) more)" : ""
        return "\(first.location.line):\(first.location.column): \(first.summary)\(more)"
    }

    static func line(_ d: Diagnostic) -> String {
        "\(d.file):\(d.location.line):\(d.location.column): \(d.severity.rawValue): \(d.summary) [\(d.rule)]"
    }

    /// Text and attribute escaping; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v >= 0x20 && !(0xFFFE...0xFFFF).contains(v) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
