/// SARIF 2.1.0 (the format GitHub code scanning reads): one run of the `docloc` tool whose driver lists the
/// rules that fired, and one result per diagnostic with its level, message and physical location.
public struct SARIFReportFormatter: ReportFormatter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    public var pathPrefix: String

    public init(pathPrefix: String = "") {
        self.pathPrefix = pathPrefix
    }

    struct Log: Encodable {
        var schema = SARIFReportFormatter.schema
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "docloc"
        var informationUri = "https://github.com/docloc/docloc"
        var version = "0.1.0"
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }
    struct Text: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable { var uri: String }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    public func format(_ report: CheckReport) -> String {
        let ruleIDs = Array(Set(report.diagnostics.map(\.rule))).sorted()
        let index = Dictionary(uniqueKeysWithValues: ruleIDs.enumerated().map { ($1, $0) })
        let rules = ruleIDs.map { id in
            Rule(
                id: id, shortDescription: Text(text: RuleCatalogue.description(of: id)),
                defaultConfiguration: Configuration(level: Self.level(RuleCatalogue.defaultSeverity(of: id))))
        }
        let results = report.diagnostics.map { d in
            Result(
                ruleId: d.rule, ruleIndex: index[d.rule] ?? 0, level: Self.level(d.severity),
                message: Text(text: ([d.summary] + d.notes + d.solutions).joined(separator: "\n")),
                locations: [
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: Self.uri(pathPrefix + d.file)),
                            region: Region(startLine: max(1, d.location.line), startColumn: max(1, d.location.column))))
                ])
        }
        return JSONOutput.encode(Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), results: results)]))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative URI reference: path characters kept, spaces and the rest percent-encoded.
    static func uri(_ path: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=:@".unicodeScalars)
        var out = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80, allowed.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
