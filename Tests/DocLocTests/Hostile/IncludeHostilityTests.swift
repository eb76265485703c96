import Foundation
import Testing
@testable import DocLoc

/// Includes that loop or multiply: `include-cycle` names every include of a cycle with the chain, and the
/// renderer neither hangs on a cycle nor grows a page exponentially when includes include each other many
/// times (an include bomb).
@Suite struct IncludeHostilityTests {
    @Test func everyIncludeOfACycleIsReportedWithTheChain() throws {
        let content = try ScenarioContent(
            [
                "en-US/a.md": "# A\n\n[!INCLUDE[b](b.md)]\n",
                "en-US/b.md": "# B\n\n[!INCLUDE[c](sub/c.md)]\n",
                "en-US/sub/c.md": "[!INCLUDE[a](../a.md)]\n",
                "en-US/self.md": "# Self\n\nText.\n\n[!INCLUDE[me](./self.md)]\n",
                "en-US/outside-the-cycle.md": "# D\n\n[!INCLUDE[b](b.md)]\n",
                "en-US/diamond.md": "[!INCLUDE[x](x.md)]\n[!INCLUDE[y](y.md)]\n",
                "en-US/x.md": "[!INCLUDE[z](z.md)]\n",
                "en-US/y.md": "[!INCLUDE[z](z.md)]\n",
                "en-US/z.md": "Leaf.\n",
            ], config: "source: en-US\n")
        let report = CheckRunner.standard().run(try content.load())
        let cycles = report.diagnostics.filter { $0.rule == RuleName.includeCycle }
        #expect(cycles.map { "\($0.file):\($0.location.line)" }.sorted() == [
            "en-US/a.md:3", "en-US/b.md:3", "en-US/self.md:5", "en-US/sub/c.md:1",
        ])
        #expect(cycles.first { $0.file == "en-US/a.md" }?.summary
            == "include 'b.md' leads back to this article: en-US/a.md → en-US/b.md → en-US/sub/c.md → en-US/a.md")
        #expect(cycles.first { $0.file == "en-US/self.md" }?.summary.hasSuffix("en-US/self.md → en-US/self.md") == true)
        #expect(cycles.allSatisfy { $0.severity == .error })
        #expect(RuleCatalogue.contains(RuleName.includeCycle))
    }

    @Test func aCycleIsRenderedOnceAndCutWhereItLeadsBack() throws {
        let site = try SiteScenario(
            ["en-US/a.md": "# A\n\nText of A.\n\n[!INCLUDE[b](b.md)]\n", "en-US/b.md": "Text of B.\n\n[!INCLUDE[a](a.md)]\n"],
            config: "source: en-US\n")
        try site.build()
        let a = try site.page("en-US/a.html")
        #expect(a.components(separatedBy: "Text of A.").count == 2)
        #expect(a.components(separatedBy: "Text of B.").count == 2)
        let b = try site.page("en-US/b.html")
        #expect(b.components(separatedBy: "Text of A.").count == 2)
        #expect(b.components(separatedBy: "Text of B.").count == 2)
    }

    @Test func anIncludeBombIsCutNotRenderedExponentially() throws {
        // f0 includes f1 ten times, f1 includes f2 ten times, … : 10^8 includes on f0's page without a limit.
        var files: [String: String] = [:]
        for level in 0..<9 {
            let includes = level == 8 ? "" : String(repeating: "[!INCLUDE[next](f\(level + 1).md)]\n\n", count: 10)
            files["en-US/f\(level).md"] = "Text of f\(level).\n\n" + includes
        }
        let site = try SiteScenario(files, config: "source: en-US\n")
        let elapsed = try ContinuousClock().measure { try site.build() }
        #expect(elapsed < .seconds(60))
        let page = try site.page("en-US/f0.html")
        #expect(page.contains("Text of f8."))
        let rendered = (0..<9).map { page.components(separatedBy: "Text of f\($0).").count - 1 }.reduce(0, +)
        #expect(rendered == ArticleRenderer.maximumIncludes + 1)
        let report = CheckRunner.standard().run(try site.content.load())
        #expect(!report.diagnostics.contains { $0.rule == RuleName.includeCycle })
    }
}
