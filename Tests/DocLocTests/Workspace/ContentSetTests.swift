import Foundation
import Testing
@testable import DocLoc

/// `ContentSet.releaseCheckLookups`: a build lets go of what only checks and summaries use, and nothing else changes.
@Suite struct ContentSetTests {
    static let files = [
        "en-US/a.md": "---\ntitle: A\nms.assetid: A1\n---\n# A\n\n## Usage\n\n<a name=\"extra\"></a>\n\n[Broken](missing.md)\n",
        "nl-NL/a.md": "---\ntitle: A nl\n---\n# A nl\n\n## Gebruik\n",
        "nl-NL/bad.md": "---\ntitle: [unclosed\n---\n# Bad\n",
    ]

    @Test func releasingKeepsWhatPagesUseAndDropsAnchorsAndDiagnostics() throws {
        let scenario = try ScenarioContent(Self.files)
        var content = try scenario.load()
        #expect(content.holdsCheckLookups)
        #expect(!content.diagnostics.isEmpty)
        let index = try #require(content.documentIndex(at: "en-US/a.md"))
        #expect(content.documents[index].anchorNames.isSuperset(of: ["usage", "extra"]))
        let before = content.documents.map { ($0.path, $0.relativePath, $0.title, $0.fingerprint, $0.assetID, $0.isUsable) }
        content.releaseCheckLookups()
        #expect(!content.holdsCheckLookups)
        #expect(content.diagnostics.isEmpty)
        #expect(content.documents.allSatisfy { $0.anchorNames.isEmpty })
        let after = content.documents.map { ($0.path, $0.relativePath, $0.title, $0.fingerprint, $0.assetID, $0.isUsable) }
        #expect(before.elementsEqual(after) { $0 == $1 })
        #expect(content.pairs.count == 2)
        #expect(content.documentIndex(at: "nl-NL/a.md") != nil)
    }

    @Test func aSummaryAfterReleasingStopsTheRun() async throws {
        // The same steps without the release run to the end: the failure below is the precondition's. The content is
        // written here, not in the child processes: the one that stops never removes what it made.
        let scenario = try ScenarioContent(Self.files)
        let root = scenario.root.path
        await #expect(processExitsWith: .success) { [root = root as String] in
            let content = try ContentLoader(root: URL(fileURLWithPath: root)).load()
            _ = content.summary(of: 0)
        }
        await #expect(processExitsWith: .failure) { [root = root as String] in
            var content = try ContentLoader(root: URL(fileURLWithPath: root)).load()
            content.releaseCheckLookups()
            _ = content.summary(of: 0)
        }
        withExtendedLifetime(scenario) {}
    }
}
