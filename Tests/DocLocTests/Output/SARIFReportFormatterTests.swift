import Foundation
import Testing
@testable import DocLoc

/// SARIF output against the SARIF 2.1.0 schema (OASIS `sarif-schema-2.1.0.json`, errata01): no registry
/// package ships that schema to Swift, so the parts of it this output uses are written out below — for each
/// object the `required` properties and the `properties` allowed (the schema sets `additionalProperties: false`),
/// the `level` enum, the `version` enum, and the minimums of `region` and `ruleIndex`. GitHub code scanning
/// additionally needs `ruleId`, `message.text` and a physical location with a relative `uri` and `startLine`.
@Suite struct SARIFReportFormatterTests {
    struct ObjectSchema {
        var required: Set<String>
        var allowed: Set<String>
    }

    /// From sarif-schema-2.1.0.json (#/definitions/…), restricted to the properties docloc may write.
    static let schema: [String: ObjectSchema] = [
        "sarifLog": ObjectSchema(required: ["version", "runs"], allowed: ["$schema", "version", "runs", "inlineExternalProperties", "properties"]),
        "run": ObjectSchema(required: ["tool"], allowed: ["tool", "results", "invocations", "artifacts", "originalUriBaseIds", "properties", "columnKind"]),
        "tool": ObjectSchema(required: ["driver"], allowed: ["driver", "extensions", "properties"]),
        "toolComponent": ObjectSchema(required: ["name"], allowed: ["name", "version", "semanticVersion", "informationUri", "rules", "fullName", "organization", "properties"]),
        "reportingDescriptor": ObjectSchema(required: ["id"], allowed: ["id", "name", "shortDescription", "fullDescription", "defaultConfiguration", "helpUri", "help", "properties"]),
        "reportingConfiguration": ObjectSchema(required: [], allowed: ["enabled", "level", "rank", "parameters", "properties"]),
        "message": ObjectSchema(required: [], allowed: ["text", "markdown", "id", "arguments", "properties"]),
        "result": ObjectSchema(required: ["message"], allowed: ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "locations", "properties"]),
        "location": ObjectSchema(required: [], allowed: ["id", "physicalLocation", "logicalLocations", "message", "properties"]),
        "physicalLocation": ObjectSchema(required: [], allowed: ["address", "artifactLocation", "region", "contextRegion", "properties"]),
        "artifactLocation": ObjectSchema(required: [], allowed: ["uri", "uriBaseId", "index", "description", "properties"]),
        "region": ObjectSchema(required: [], allowed: ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "snippet", "message", "properties"]),
    ]

    var problems: [String] = []

    mutating func object(_ value: Any?, _ kind: String, _ at: String) -> [String: Any] {
        guard let dict = value as? [String: Any], let s = Self.schema[kind] else {
            problems.append("\(at): not a \(kind) object")
            return [:]
        }
        for key in s.required where dict[key] == nil { problems.append("\(at): missing required '\(key)'") }
        for key in dict.keys where !s.allowed.contains(key) { problems.append("\(at): '\(key)' is not a property of \(kind)") }
        return dict
    }

    mutating func validate(_ json: Any) {
        let log = object(json, "sarifLog", "$")
        if log["version"] as? String != "2.1.0" { problems.append("$.version must be \"2.1.0\"") }
        guard let runs = log["runs"] as? [Any], !runs.isEmpty else { return problems.append("$.runs must be a list") }
        for (r, runValue) in runs.enumerated() {
            let run = object(runValue, "run", "$.runs[\(r)]")
            let tool = object(run["tool"], "tool", "$.runs[\(r)].tool")
            let driver = object(tool["driver"], "toolComponent", "$.runs[\(r)].tool.driver")
            let rules = driver["rules"] as? [Any] ?? []
            for (i, rule) in rules.enumerated() {
                let d = object(rule, "reportingDescriptor", "rules[\(i)]")
                _ = object(d["shortDescription"], "message", "rules[\(i)].shortDescription")
                let config = object(d["defaultConfiguration"], "reportingConfiguration", "rules[\(i)].defaultConfiguration")
                checkLevel(config["level"], "rules[\(i)].defaultConfiguration.level")
            }
            for (i, resultValue) in (run["results"] as? [Any] ?? []).enumerated() {
                let at = "results[\(i)]"
                let result = object(resultValue, "result", at)
                checkLevel(result["level"], "\(at).level")
                let message = object(result["message"], "message", "\(at).message")
                if (message["text"] as? String ?? "").isEmpty { problems.append("\(at).message.text is required by code scanning") }
                if result["ruleId"] as? String == nil { problems.append("\(at).ruleId is required by code scanning") }
                if let index = result["ruleIndex"] as? Int, !(index >= -1 && index < rules.count) { problems.append("\(at).ruleIndex out of range") }
                guard let locations = result["locations"] as? [Any], !locations.isEmpty else {
                    problems.append("\(at).locations is required by code scanning")
                    continue
                }
                for (j, l) in locations.enumerated() {
                    let location = object(l, "location", "\(at).locations[\(j)]")
                    let physical = object(location["physicalLocation"], "physicalLocation", "\(at).physicalLocation")
                    let artifact = object(physical["artifactLocation"], "artifactLocation", "\(at).artifactLocation")
                    if let uri = artifact["uri"] as? String {
                        if URL(string: uri) == nil || uri.hasPrefix("/") { problems.append("\(at): uri '\(uri)' is not a relative URI reference") }
                    } else {
                        problems.append("\(at).artifactLocation.uri is required by code scanning")
                    }
                    let region = object(physical["region"], "region", "\(at).region")
                    for key in ["startLine", "startColumn"] {
                        if let n = region[key] as? Int, n < 1 { problems.append("\(at).region.\(key) must be >= 1") }
                    }
                    if region["startLine"] == nil { problems.append("\(at).region.startLine is required by code scanning") }
                }
            }
        }
    }

    mutating func checkLevel(_ value: Any?, _ at: String) {
        guard let level = value as? String else { return }
        if !["none", "note", "warning", "error"].contains(level) { problems.append("\(at): '\(level)' is not a level") }
    }

    @Test mutating func seedReportIsValidSARIF() throws {
        let report = CheckRunner.standard().run(try ContentLoader(root: TestPaths.content).load())
        let text = SARIFReportFormatter(pathPrefix: "content/").format(report)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
        validate(json)
        #expect(problems.isEmpty, "\(problems)")
        let results = try #require(((json as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == report.diagnostics.count)
        let first = try #require(results.first)
        let uri = ((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String }
        #expect(uri == "content/en-US/admin/misc/user-consent.md")
    }

    @Test mutating func validatorCatchesWhatTheSchemaForbids() throws {
        validate(["version": "2.0.0", "runs": [["tool": ["driver": [:]], "results": [["level": "fatal", "extra": 1]]]]])
        #expect(problems.contains("$.version must be \"2.1.0\""))
        #expect(problems.contains("$.runs[0].tool.driver: missing required 'name'"))
        #expect(problems.contains("results[0]: missing required 'message'"))
        #expect(problems.contains("results[0]: 'extra' is not a property of result"))
        #expect(problems.contains("results[0].level: 'fatal' is not a level"))
    }

    @Test func urisArePercentEncodedAndRelative() {
        #expect(SARIFReportFormatter.uri("content/nl-NL/a b#.md") == "content/nl-NL/a%20b%23.md")
        #expect(SARIFReportFormatter.uri("nl-NL/geïntegreerd.md") == "nl-NL/ge%C3%AFntegreerd.md")
    }
}
