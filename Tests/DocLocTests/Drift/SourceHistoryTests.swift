import Foundation
import Testing
@testable import DocLoc

@Suite struct SourceHistoryTests {
    @Test func unifiedDiffHasHunksWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 2\n", with: "line two\n").replacingOccurrences(of: "line 10\n", with: "line 10\nline 11\n")
        let diff = UnifiedDiff(oldName: "a", newName: "b").diff(old, new)
        #expect(diff == """
            --- a
            +++ b
            @@ -1,5 +1,5 @@
             line 1
            -line 2
            +line two
             line 3
             line 4
             line 5
            @@ -8,3 +8,4 @@
             line 8
             line 9
             line 10
            +line 11

            """)
        #expect(UnifiedDiff(oldName: "a", newName: "b").diff(old, old) == "")
        #expect(UnifiedDiff(oldName: "a", newName: "b").diff("", "x\n") == "--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n")
    }

    /// Three source versions in git; the translation was stamped at the first.
    @Test func diffFromTheTranslatedVersionToToday() throws {
        let v1 = "# Consent\n\nUsers can consent to apps.\n\n## Turn it on\n\nGo to **Settings**.\n"
        let v2 = v1.replacingOccurrences(of: "Go to **Settings**.", with: "Go to **Settings** > **Org settings**.")
        let v3 = v2 + "\n## More info\n\nRead the admin consent workflow article.\n"
        let content = try ScenarioContent(["en-US/consent.md": v1])
        let git = GitRunner(directory: content.root)
        _ = try git.run(["init", "-q"])
        func commit(_ message: String) throws {
            _ = try git.run(["add", "-A"])
            _ = try git.run(["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", message])
        }
        try commit("v1")
        let stamped = "---\nms.openlocfilehash: \(Fingerprint.of(Array(v1.utf8)))\n---\n"
            + "# <a name=\"consent\"></a>Toestemming\n\nGebruikers kunnen toestemming geven aan apps.\n\n"
            + "## <a name=\"turn-it-on\"></a>Inschakelen\n\nGa naar **Instellingen**.\n"
        try content.write("nl-NL/consent.md", stamped)
        try content.write("en-US/consent.md", v2)
        try commit("v2")
        try content.write("en-US/consent.md", v3)
        try commit("v3")

        let set = try content.load()
        let drift = try #require(DriftEngine().report(for: set).drift(locale: "nl-NL", relativePath: "consent.md"))
        #expect(drift.status == .outdated)
        let history = SourceHistory(contentRoot: set.root)
        let result = history.diff(for: drift, in: set)
        #expect(result.outcome == .found)
        let first = try git.text(["rev-list", "--max-parents=0", "HEAD"]).trimmingSpaces
        #expect(result.baseCommit == first)
        #expect(result.diff.contains("-Go to **Settings**.\n+Go to **Settings** > **Org settings**.\n"))
        #expect(result.diff.contains("+## More info\n"))
        #expect(result.diff.hasPrefix("--- en-US/consent.md (\(first.prefix(12)), translated)\n+++ en-US/consent.md (today)\n"))

        var withDiff = drift
        withDiff.sourceDiff = result
        let text = DriftTextFormatter().format(DriftReport(pairs: [withDiff]))
        #expect(text.contains("    +## More info\n"))
    }

    @Test func outsideGitTheDiffSaysWhy() throws {
        let content = try ScenarioContent([
            "en-US/a.md": DriftScenario.source, "nl-NL/a.md": DriftScenario.translation(fingerprint: "0123"),
        ])
        let set = try content.load()
        let drift = try #require(DriftEngine().report(for: set).pairs.first)
        let history = SourceHistory(contentRoot: set.root)
        if history.repositoryRoot == nil {
            #expect(history.diff(for: drift, in: set).outcome == .noRepository)
        } else {
            #expect(history.diff(for: drift, in: set).outcome == .versionNotFound)
        }
    }
}
