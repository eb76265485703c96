import Foundation
import Testing
@testable import DocLoc

/// `docloc check` on the real corpus with the content model: the defects the corpus is known to hold are
/// found, at the places checked by hand.
@Suite struct CorpusValidationTests {
    static let report: CheckReport? = {
        guard TestPaths.hasCorpus else { return nil }
        let model = TestPaths.content.appendingPathComponent("model/consent.yml")
        guard let content = try? ContentLoader(root: TestPaths.corpus, modelFile: model).load() else { return nil }
        return CheckRunner(analyzers: [ValidationAnalyzer()]).run(content)
    }()

    func found(_ rule: String, _ file: String, line: Int? = nil) -> [Diagnostic] {
        (Self.report?.diagnostics ?? []).filter { $0.rule == rule && $0.file == file && (line == nil || $0.location.line == line) }
    }

    @Test(.enabled(if: TestPaths.hasCorpus)) func imagesDifferingOnlyInCaseAreFound() {
        let caseOnly = (Self.report?.diagnostics ?? []).filter {
            $0.rule == RuleName.imageMissing && $0.file.hasPrefix("nl-NL/") && $0.summary.contains("differ only in letter case")
        }
        #expect(Set(caseOnly.map(\.file)) == [
            "nl-NL/admin/setup/configure-focused-inbox.md", "nl-NL/admin/setup/o365-setup-wizard-and-setup-page.md",
            "nl-NL/admin/whats-new-in-preview.md",
        ])
        #expect(caseOnly.count == 6)
        #expect(found(RuleName.imageMissing, "nl-NL/admin/setup/o365-setup-wizard-and-setup-page.md", line: 43).first?.summary
            .hasSuffix("did you mean 'nl-NL/media/O365b-guided-setup.png'? (the names differ only in letter case)") == true)
    }

    @Test(.enabled(if: TestPaths.hasCorpus)) func duplicateAnchorsOfMonikerSectionsAreFound() {
        let d = found(RuleName.anchorDuplicate, "nl-NL/admin/admin-overview/sign-up-for-office-365.md", line: 69)
        #expect(d.first?.summary == "anchor 'choose-a-plan' is defined twice; it was first defined on line 54")
    }

    @Test(.enabled(if: TestPaths.hasCorpus)) func realDeadLinksAreFound() {
        let d = found(RuleName.linkBroken, "nl-NL/admin/create-groups/office-365-groups.md", line: 89)
        #expect(d.first?.summary.hasPrefix("link target '../activity-reports/office-365-groups.md' does not exist") == true)
        let caseLink = found(RuleName.linkBroken, "nl-NL/admin/manage/centralized-deployment-of-add-ins.md", line: 167)
        #expect(caseLink.first?.summary.hasSuffix("did you mean 'nl-NL/admin/manage/centralized-deployment-FAQ.md'? (the names differ only in letter case)") == true)
    }

    @Test(.enabled(if: TestPaths.hasCorpus)) func pinnedLinksAndGarbledPathsAreFound() {
        let pinned = found(RuleName.linkLocalePinned, "nl-NL/admin/manage/stay-on-top-of-updates.md", line: 41)
        #expect(pinned.first?.location.column == 216)
        #expect(pinned.first?.summary.hasPrefix("link pins the locale 'en-us': every reader of 'https://www.microsoft.com/en-us/microsoft-365/blog/'") == true)
        let garbled = found(RuleName.uipathUnknown, "nl-NL/admin/misc/user-consent.md", line: 44)
        #expect(garbled.first?.summary.contains("did you mean 'Organisatie-instellingen'?") == true)
        let english = found(RuleName.uipathWrongLocale, "nl-NL/admin/manage/manage-industry-news.md", line: 47)
        #expect(english.first?.summary.contains("uses the en-US label 'News', which is 'Nieuws' here") == true)
        #expect(Self.report?.summaryLines.count == 2)
    }
}
