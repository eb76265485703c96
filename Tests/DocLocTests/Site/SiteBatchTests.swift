import Foundation
import Testing
@testable import DocLoc

/// A site built batch by batch (a content set too large to hold) is the same site, byte for byte, as one built
/// with every article held and the drift report computed up front.
@Suite struct SiteBatchTests {
    @Test(arguments: TestPaths.contentAndCorpus)
    func batchedBuildWritesTheSameSite(root: URL) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let theme = try Theme.load(overrides: nil)
        let held = try ContentLoader(root: root, holdLimit: .max).load()
        let batched = try ContentLoader(root: root, holdLimit: 0).load()
        #expect(batched.releasesArticles && batched.batches().count > (root == TestPaths.corpus ? 1 : 0))
        let first = try SiteBuilder(content: held, drift: DriftEngine().report(for: held), theme: theme, generator: "t")
            .build(into: temporary.appendingPathComponent("held"))
        let second = try SiteBuilder(content: batched, theme: theme, generator: "t")
            .build(into: temporary.appendingPathComponent("batched"))
        #expect(first.files == second.files && first.published && second.published)
        let a = try SiteScenario.snapshot(of: temporary.appendingPathComponent("held"))
        let b = try SiteScenario.snapshot(of: temporary.appendingPathComponent("batched"))
        #expect(a.count > 5)
        #expect(a.keys.sorted() == b.keys.sorted())
        // The caches differ by design: a build given a drift report records no verdicts of its own, and the
        // search entries are spooled in batch order.
        for (path, bytes) in a where b[path] != bytes && ![BuildCache.fileName, BuildCache.searchFileName].contains(path) {
            Issue.record("\(path) differs")
        }
        #expect(!FileManager.default.fileExists(atPath: temporary.path + "/.batched.docloc-staging-\(getpid()).search"))
    }

    @Test func searchIndexEqualsTheEncodedEntries() throws {
        let site = try SiteScenario([
            "en-US/a.md": "---\ntitle: A <b>\n---\n# A\n\nText with </script> in it.\n", "en-US/b.md": "# B\n\n## Part\n",
            "nl-NL/a.md": "# A\n\nTekst.\n",
        ])
        try site.build()
        let set = try site.content.load()
        let entries = ["en-US/a.html", "en-US/b.html"].map { url in
            SearchIndex.entry(for: set.document(at: "en-US/" + url.dropFirst(6).replacingOccurrences(of: ".html", with: ".md"))!.article, url: url)
        }
        let index = SearchIndex(entries: entries)
        #expect(try Data(contentsOf: site.out.appendingPathComponent("en-US/search-index.json")) == Data(index.json()))
        #expect(try Data(contentsOf: site.out.appendingPathComponent("en-US/search-index.js")) == Data(index.script()))
    }
}
