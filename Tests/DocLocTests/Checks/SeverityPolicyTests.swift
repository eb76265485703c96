import Testing
@testable import DocLoc

@Suite struct SeverityPolicyTests {
    func diagnostic(_ rule: String, _ file: String, _ severity: Severity = .error) -> Diagnostic {
        Diagnostic(rule: rule, severity: severity, file: file, at: .fileStart, summary: "s")
    }

    @Test func globsMatchWithinAndAcrossFolders() {
        #expect(PathGlob("nl-NL/archive/**").matches("nl-NL/archive/a/b.md"))
        #expect(PathGlob("nl-NL/archive/**").matches("nl-NL/archive/b.md"))
        #expect(!PathGlob("nl-NL/archive/**").matches("en-US/archive/b.md"))
        #expect(PathGlob("*/admin/*.md").matches("nl-NL/admin/x.md"))
        #expect(!PathGlob("*/admin/*.md").matches("nl-NL/admin/sub/x.md"))
        #expect(PathGlob("**/whats-new*.md").matches("nl-NL/admin/whats-new-in-preview.md"))
        #expect(PathGlob("nl-NL/admin").matches("nl-NL/admin/x.md"))
        #expect(PathGlob("nl-NL/?dmin/x.md").matches("nl-NL/admin/x.md"))
        #expect(!PathGlob("nl-NL/*.md").matches("nl-NL/admin/x.md"))
    }

    @Test func laterSettingsWinAndOffRemoves() {
        let policy = SeverityPolicy(settings: [
            RuleSetting(rule: "link-broken", severity: .warning, paths: [], line: 1),
            RuleSetting(rule: "link-broken", severity: nil, paths: ["nl-NL/old/**"], line: 2),
            RuleSetting(rule: "uipath-outdated", severity: .error, paths: ["en-US/**"], line: 3),
        ])
        let out = policy.apply([
            diagnostic("link-broken", "en-US/a.md"), diagnostic("link-broken", "nl-NL/old/a.md"),
            diagnostic("uipath-outdated", "en-US/a.md", .warning), diagnostic("uipath-outdated", "nl-NL/a.md", .warning),
            diagnostic("anchor-missing", "en-US/a.md"),
        ])
        #expect(out.map(\.rule) == ["link-broken", "uipath-outdated", "uipath-outdated", "anchor-missing"])
        #expect(out.map(\.severity) == [.warning, .error, .warning, .error])
    }

    @Test func doclocYmlTurnsRulesOffAndChangesSeverityForAGlob() throws {
        let content = try ScenarioContent(
            [
                "en-US/a.md": "[x](gone.md) [y](https://docs.microsoft.com/en-us/x)\n",
                "en-US/old/b.md": "[x](gone.md) [y](https://docs.microsoft.com/en-us/x)\n",
            ],
            config: """
                source: en-US
                rules: { link-locale-pinned: error }
                overrides:
                  - paths: ["en-US/old/**"]
                    rules: { link-broken: off, link-locale-pinned: note }
                """)
        let report = CheckRunner(analyzers: [ValidationAnalyzer()]).run(try content.load())
        let summary = report.diagnostics.map { "\($0.file) \($0.rule) \($0.severity.rawValue)" }
        #expect(summary == [
            "en-US/a.md link-broken error", "en-US/a.md link-locale-pinned error", "en-US/old/b.md link-locale-pinned note",
        ])
        #expect(report.exitStatus(strict: false) == 1)
    }

    @Test func strictFailsOnWarnings() throws {
        let content = try ScenarioContent(["en-US/a.md": "[y](https://docs.microsoft.com/en-us/x)\n"], config: "source: en-US\n")
        let report = CheckRunner(analyzers: [ValidationAnalyzer()]).run(try content.load())
        #expect(report.count(.warning) == 1)
        #expect(report.exitStatus(strict: false) == 0)
        #expect(report.exitStatus(strict: true) == 1)
    }
}
