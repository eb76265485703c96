import Foundation
import Testing
@testable import DocLoc

/// What is kept to the end of the process stays alive; a build asked to keep its content keeps a set held whole,
/// and lets go of one read in batches, as a build that frees it does.
@Suite struct ProcessLifetimeTests {
    final class Marker: Sendable {}

    @Test func aKeptValueStaysAlive() {
        weak var watched: Marker?
        do {
            let marker = Marker()
            watched = marker
            ProcessLifetime.keep(marker)
        }
        // Under LeakSanitizer nothing is kept (make test-sanitize).
        #expect((watched != nil) == ProcessLifetime.keepsValues)
    }

    /// Whether the first article of the content set is still alive after a build that was handed the only copy.
    private func articleSurvives(holdLimit: Int, freesHeldContent: Bool) throws -> Bool {
        let scenario = try ScenarioContent([
            "en-US/a.md": "# A\n\nText.\n", "en-US/b.md": "# B\n", "nl-NL/a.md": "# A\n\nTekst.\n",
        ])
        let out = ScratchFolder("lifetime")
        weak var slot: ArticleSlot?
        let content = try ContentLoader(root: scenario.root, holdLimit: holdLimit).load()
        slot = content.documents[0].articleSlot
        let theme = try Theme.load(overrides: nil)
        let result = try SiteBuilder(content: consume content, theme: theme, generator: "t", freesHeldContent: freesHeldContent)
            .build(into: out.url.appendingPathComponent("site"))
        #expect(result.published && result.articlePages == 4)
        return slot != nil
    }

    @Test func aBuildKeepsAHeldSetOnlyWhenAsked() throws {
        #expect(try articleSurvives(holdLimit: .max, freesHeldContent: false) == ProcessLifetime.keepsValues)
        #expect(try !articleSurvives(holdLimit: .max, freesHeldContent: true))
        // A set read in batches is let go of either way: its size is what batches are for.
        #expect(try !articleSurvives(holdLimit: 0, freesHeldContent: false))
    }
}
