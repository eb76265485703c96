import Foundation
import Testing
@testable import DocLoc
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct PipelineFormatterTests {
    static let report = CheckReport(
        diagnostics: [
            Diagnostic(
                rule: "link-broken", severity: .error, file: "nl-NL/a.md", at: SourceLocation(line: 3, column: 5),
                summary: "link target 'x.md' does not exist: no file 'nl-NL/x.md' <&> 100%", notes: ["line\ntwo"]),
            Diagnostic(
                rule: "uipath-outdated", severity: .warning, file: "en-US/a.md", at: SourceLocation(line: 1, column: 2),
                summary: "old label, now 'Org settings'"),
        ],
        files: 3, summaryLines: ["UI paths en-US: 1 of 1 resolved"])

    @Test func githubAnnotationsEscapeDataAndProperties() {
        let out = GitHubReportFormatter(pathPrefix: "docs/").format(Self.report)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[0] == "::warning file=docs/en-US/a.md,line=1,col=2,title=uipath-outdated::old label, now 'Org settings'")
        #expect(lines[1] == "::error file=docs/nl-NL/a.md,line=3,col=5,title=link-broken::link target 'x.md' does not exist: no file 'nl-NL/x.md' <&> 100%25%0Anote: line%0Atwo")
        #expect(lines[2] == "UI paths en-US: 1 of 1 resolved")
        #expect(GitHubReportFormatter.escapeProperty("a:b,c") == "a%3Ab%2Cc")
    }

    /// Parses XML and returns the test cases and failures it holds, or nil when it is not well-formed.
    final class JUnitReader: NSObject, XMLParserDelegate {
        var cases: [String] = []
        var failures: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if name == "testcase" { cases.append(attributes["name"] ?? "") }
            if name == "failure" { failures.append(attributes["type"] ?? "") }
        }
        static func read(_ text: String) -> JUnitReader? {
            let reader = JUnitReader()
            let parser = XMLParser(data: Data(text.utf8))
            parser.delegate = reader
            return parser.parse() ? reader : nil
        }
    }

    @Test func junitHasATestCasePerArticleAndParsesAsXML() throws {
        let xml = JUnitReportFormatter(articles: ["en-US/a.md", "en-US/b.md", "nl-NL/a.md"]).format(Self.report)
        let reader = try #require(JUnitReader.read(xml))
        #expect(reader.cases == ["en-US/a.md", "en-US/b.md", "nl-NL/a.md"])
        #expect(reader.failures == ["link-broken"])
        #expect(xml.contains("&lt;&amp;&gt; 100%"))
        let strict = try #require(JUnitReader.read(JUnitReportFormatter(articles: [], strict: true).format(Self.report)))
        #expect(strict.failures == ["uipath-outdated", "link-broken"])
    }

    @Test func junitOfTheCorpusSizedSeedRunParses() throws {
        let content = try ContentLoader(root: TestPaths.content).load()
        let report = CheckRunner.standard().run(content)
        let xml = ReportFormat.junit.formatter(options: ReportOptions(articles: content.documents.map(\.path))).format(report)
        let reader = try #require(JUnitReader.read(xml))
        #expect(reader.cases.count == content.documents.count)
        #expect(reader.failures.count == 2)
    }

    @Test func everyFormatHasAFormatter() {
        #expect(ReportFormat.allCases.map(\.rawValue) == ["text", "json", "sarif", "github", "junit"])
        #expect(ReportOptions.prefix(forContentDirectory: "./content/") == "content/")
        #expect(ReportOptions.prefix(forContentDirectory: ".") == "")
    }
}
