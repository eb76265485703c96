import Testing
@testable import DocLoc

/// The acceptance on the seeds in `content/`.
@Suite struct SeedValidationTests {
    static let report: CheckReport = {
        CheckRunner(analyzers: [ValidationAnalyzer()]).run(try! ContentLoader(root: TestPaths.content).load())
    }()

    func diagnostics(_ rule: String, in file: String) -> [Diagnostic] {
        Self.report.diagnostics.filter { $0.rule == rule && $0.file == file }
    }

    static let en = "en-US/admin/misc/user-consent.md"
    static let nl = "nl-NL/admin/misc/user-consent.md"

    @Test func englishPathIsOutdatedNamingTodaysLabels() throws {
        let found = diagnostics(RuleName.uipathOutdated, in: Self.en)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.severity == .warning)
        #expect(d.location == SourceLocation(line: 39, column: 51))
        #expect(d.summary.contains("'Settings', now 'Org settings'"))
        #expect(d.summary.contains("'Integrated apps', now 'User consent to apps'"))
        #expect(d.summary.hasSuffix("today's path: Settings > Org settings > Services > User consent to apps"))
    }

    @Test func dutchGarbledPathIsUnknownWithSuggestions() throws {
        let found = diagnostics(RuleName.uipathUnknown, in: Self.nl)
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.severity == .error)
        #expect(d.summary.hasPrefix(
            "Settings path 'instellingen > organisatie > Services > gebruikers instemming met apps' has no child "
                + "'organisatie' under 'Instellingen'; did you mean 'Organisatie-instellingen'?"))
        #expect(d.summary.contains("no child 'gebruikers instemming met apps' under 'Services'; did you mean 'Toestemming van gebruikers voor apps'?"))
    }

    @Test func oneDiagnosticPerPath() {
        let uipath = Self.report.diagnostics.filter { $0.rule.hasPrefix("uipath-") }
        #expect(uipath.count == 2)
    }

    @Test func duplicateTocAnchorInBoth() {
        for (file, first, second) in [(Self.en, 35, 44), (Self.nl, 39, 48)] {
            let found = diagnostics(RuleName.anchorDuplicate, in: file)
            #expect(found.count == 1)
            #expect(found.first?.location.line == second)
            #expect(found.first?.summary == "anchor '__toc379982114' is defined twice; it was first defined on line \(first)")
        }
    }

    @Test func englishEnUsLinkIsPinned() {
        let found = diagnostics(RuleName.linkLocalePinned, in: Self.en)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == SourceLocation(line: 46, column: 87))
        #expect(diagnostics(RuleName.linkLocalePinned, in: Self.nl).isEmpty)
    }

    @Test func coverageIsPrintedPerLocale() {
        #expect(Self.report.summaryLines == [
            "UI paths en-US: 1 of 1 resolved (1 with old labels, 0 with other-locale labels), 0 outside the model, 0 wrong",
            "UI paths nl-NL: 0 of 1 resolved (0 with old labels, 0 with other-locale labels), 0 outside the model, 1 wrong",
        ])
    }
}
