import Foundation
import Testing
@testable import DocLoc

@Suite struct DriftFormatterTests {
    func report() throws -> DriftReport {
        let content = try ScenarioContent([
            "en-US/a.md": DriftScenario.source,
            "nl-NL/a.md": DriftScenario.translation(replacing: "90 dagen", with: "30 dagen"),
            "en-US/b.md": DriftScenario.source,
            "nl-NL/b.md": DriftScenario.translation(fingerprint: "0000", body: DriftScenario.translationBody + "\n## <a name=\"x\"></a>Extra\n\nOud.\n"),
            "en-US/c.md": DriftScenario.source,
            "nl-NL/c.md": DriftScenario.translation(),
            "en-US/new.md": "# New\n",
            "nl-NL/orphan.md": "# Wees\n",
        ])
        return DriftEngine().report(for: try content.load())
    }

    @Test func textHasOneBlockPerOutdatedArticleMostSeriousFirst() throws {
        let text = DriftTextFormatter().format(try report())
        let b = try #require(text.range(of: "nl-NL/b.md: outdated (2 findings, machine-translated, handed off 11/12/2025)\n"))
        let a = try #require(text.range(of: "nl-NL/a.md: outdated (1 finding, machine-translated, handed off 11/12/2025)\n"))
        #expect(b.lowerBound < a.lowerBound)  // section-removed outranks number-changed
        #expect(text.contains("  line 16, source line 12: '90' in the source is '30' in the translation"))
        #expect(!text.contains("nl-NL/c.md"))
        #expect(text.contains("missing translations (source without translation):\n  nl-NL: en-US/new.md\n"))
        #expect(text.contains("nl-NL: 1 current, 2 outdated, 1 missing (source without translation), 1 orphaned (no source in this content set)\n"))
        #expect(text.contains("recorded fingerprint equals today's source: 2 of 3 compared\n"))
        #expect(text.hasSuffix("findings: 1 section-removed, 1 number-changed, 1 source-changed\n"))
    }

    @Test func jsonFollowsTheContract() throws {
        let json = DriftJSONFormatter().format(try report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["current"] as? Int == 1)
        #expect(summary["outdated"] as? Int == 2)
        #expect(summary["missing"] as? Int == 1)
        #expect(summary["orphaned"] as? Int == 1)
        let pairs = try #require(object["pairs"] as? [[String: Any]])
        #expect(pairs.map { $0["path"] as? String } == ["a.md", "b.md", "c.md", "new.md", "orphan.md"])
        let a = pairs[0]
        #expect(a["status"] as? String == "outdated")
        #expect(a["source"] as? String == "en-US/a.md")
        #expect(a["translation"] as? String == "nl-NL/a.md")
        #expect(a["machine_translated"] as? Bool == true)
        #expect(a["handoff_date"] as? String == "11/12/2025")
        let finding = try #require((a["findings"] as? [[String: Any]])?.first)
        #expect(finding["kind"] as? String == "number-changed")
        #expect(finding["source_line"] as? Int == 12)
        #expect(finding["translation_line"] as? Int == 16)
        #expect(json == DriftJSONFormatter().format(try report()))
    }

    @Test func checkSkipsMissingAndOrphanedArticles() throws {
        let diagnostics = DriftAnalyzer().diagnostics(for: try report())
        #expect(Set(diagnostics.map(\.file)) == ["nl-NL/a.md", "nl-NL/b.md"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(Set(diagnostics.map(\.rule)) == ["number-changed", "section-removed", "source-changed"])
    }
}
