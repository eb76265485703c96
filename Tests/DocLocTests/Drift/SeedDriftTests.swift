import Foundation
import Testing
@testable import DocLoc

/// The seed pair of `content/`: the Dutch page was translated from an older English version.
@Suite struct SeedDriftTests {
    func seedDrift() throws -> PairDrift {
        let content = try ContentLoader(root: TestPaths.content).load()
        return try #require(DriftEngine().report(for: content).drift(locale: "nl-NL", relativePath: "admin/misc/user-consent.md"))
    }

    @Test func seedIsOutdatedForTheRightReasons() throws {
        let drift = try seedDrift()
        #expect(drift.status == .outdated)
        #expect(drift.kindSet.isSuperset(of: ["section-renamed", "link-changed", "number-changed", "structure", "source-changed"]))

        let renamed = drift.findings(.sectionRenamed)
        #expect(renamed.map(\.translationLine) == [30, 38, 47])
        #expect(renamed.map(\.sourceLine) == [24, 34, 43])
        #expect(renamed[1].message.contains("#turning-user-consent-on-or-off"))

        let number = try #require(drift.findings(.numberChanged).first { $0.message.contains("OAuth 2,0") })
        #expect(number.translationLine == 32)
        #expect(number.message.contains("('OAuth 2.0')"))

        let intro = try #require(drift.findings(.structure).first { $0.message.contains("4 paragraphs in the source, 3 in the translation") })
        // The fourth source paragraph has no twin; it would come after the third translated one.
        #expect((intro.sourceLine, intro.translationLine) == (32, 36))

        let link = try #require(drift.findings(.linkChanged).first)
        #expect(link.message.contains("manage-consent-requests"))
        #expect(link.translationLine == 52)

        let glossary = try #require(drift.findings(.glossaryChanged).first)
        #expect(glossary.message.contains("written 'azure'"))
        #expect(drift.findings(.sourceChanged).first?.translationLine == 23)
    }

    @Test func pinnedEnglishLinkIsNotAChange() throws {
        // The source pins /en-us/ on the admin-consent link, the translation does not: same target.
        let drift = try seedDrift()
        #expect(!drift.findings(.linkChanged).contains { $0.message.contains("configure-admin-consent-workflow") })
    }

    @Test func checkReportsDriftAsWarnings() throws {
        let content = try ContentLoader(root: TestPaths.content).load()
        let report = CheckRunner(analyzers: [DriftAnalyzer()]).run(content)
        let drift = report.diagnostics.filter { $0.rule == "section-renamed" }
        #expect(drift.count == 3)
        #expect(drift.allSatisfy { $0.severity == .warning && $0.file == "nl-NL/admin/misc/user-consent.md" })
        #expect(drift.first?.notes == ["source: en-US/admin/misc/user-consent.md:24"])
        #expect(CheckRunner.standard().analyzers.contains { $0 is DriftAnalyzer })
    }
}
