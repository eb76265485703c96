import Foundation
import Testing
@testable import DocLoc

/// `docloc build --incremental` as the command runs it: an unchanged article is not parsed, an unchanged pair
/// not compared, an unchanged image not copied — and the site is still byte for byte a full build's.
@Suite struct IncrementalWorkTests {
    static func scenario() throws -> SiteScenario {
        try SiteScenario([
            "en-US/a.md": "---\ntitle: A\n---\n# A\n\nSee [B](b.md#usage).\n\n![Logo](media/logo.png)\n",
            "en-US/b.md": "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it in 3 steps.\n",
            "en-US/c.md": "---\ntitle: C\n---\n# C\n\nOnly English.\n",
            "en-US/media/logo.png": "not really a png",
            "nl-NL/a.md": "---\ntitle: A nl\n---\n# A nl\n\nZie [B](b.md#usage).\n\n![Logo](../en-US/media/logo.png)\n",
            "nl-NL/b.md": "---\ntitle: B nl\n---\n# B nl\n\n## Gebruik <a name=\"usage\"></a>\n\nGebruik het in 3 stappen.\n",
        ])
    }

    /// The site as the incremental build left it, and as a full build of the same content writes it (docloc's
    /// own files aside: the cache and the spool of search entries, whose order follows the batches).
    static func compareWithFull(_ site: SiteScenario) throws -> ([String: Data], [String: Data]) {
        let incremental = try site.snapshot()
        try site.buildAsTheCommandDoes(incremental: false)
        return (withoutCache(incremental), withoutCache(try site.snapshot()))
    }

    static func withoutCache(_ files: [String: Data]) -> [String: Data] {
        files.filter { $0.key != BuildCache.fileName && $0.key != BuildCache.searchFileName }
    }

    @Test func unchangedContentIsNeitherParsedNorCompared() throws {
        let site = try Self.scenario()
        let (first, _) = try site.buildAsTheCommandDoes()
        #expect(first.comparedPairs == 3 && first.reusedVerdicts == 0)
        let before = try site.snapshot()
        let (again, set) = try site.buildAsTheCommandDoes()
        #expect(set.documents.allSatisfy { $0.isSummarized })
        #expect(again.reusedVerdicts == 3 && again.comparedPairs == 0)
        #expect(again.reusedPages == again.articlePages)
        #expect(again.reusedFiles == again.copiedFiles && again.copiedFiles == 1)
        #expect(try site.snapshot() == before)
    }

    /// A cache above the shared limit is read as at 50k pairs: the documents' records while the content is read,
    /// the others once the builder has copied those (`DeferredCacheTables`). Every record still serves the build.
    @Test func aLargeCachesDeferredTablesServeTheBuild() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes(sharingUpTo: 0)
        let before = try site.snapshot()
        let (again, set) = try site.buildAsTheCommandDoes(sharingUpTo: 0)
        #expect(set.documents.allSatisfy { $0.isSummarized })
        #expect(again.reusedVerdicts == 3 && again.comparedPairs == 0 && again.reusedPages == again.articlePages)
        #expect(again.reusedFiles == again.copiedFiles && again.copiedFiles == 1)
        #expect(try site.snapshot() == before)
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it in 4 steps.\n")
        let (changed, _) = try site.buildAsTheCommandDoes(sharingUpTo: 0)
        #expect(changed.comparedPairs == 1 && changed.reusedVerdicts == 2 && changed.reusedPages == changed.articlePages - 2)
        // The rows of the pages written again that did not change are copied from the previous pages (`rows`).
        #expect(changed.writtenRows == 6 && changed.copiedRows == 4, "\(changed.copiedRows) of \(changed.writtenRows)")
        let (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
    }

    @Test func aSummaryStandsInForTheArticle() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        let (_, set) = try site.buildAsTheCommandDoes()
        let fresh = try site.content.load()
        for (index, document) in set.documents.enumerated() {
            let parsed = try #require(fresh.document(at: document.path))
            #expect(document.title == parsed.title && document.assetID == parsed.assetID)
            #expect(document.anchorNames == parsed.anchorNames && document.fingerprint == parsed.fingerprint)
            #expect(set.summary(of: index) == fresh.summary(of: fresh.documentIndex(at: document.path)!))
            // Asked for, the article is parsed after all.
            #expect(document.article.blocks.count == parsed.article.blocks.count)
        }
    }

    @Test func touchingASourceParsesItAndComparesOnlyItsPair() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it in 4 steps.\n")
        let (result, set) = try site.buildAsTheCommandDoes()
        #expect(set.documents.filter { !$0.isSummarized }.map(\.path) == ["en-US/b.md"])
        #expect(result.comparedPairs == 1 && result.reusedVerdicts == 2)
        // Its page, and the Dutch page whose verdict changed.
        #expect(result.renderedPages == 2)
        // The dashboard and the Dutch index are written again (their rows for the pair changed); their other rows
        // are copied from the previous pages.
        #expect(result.writtenRows == 6 && result.copiedRows == 4, "\(result.copiedRows) of \(result.writtenRows)")
        let (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
        // The number changed in the source only: the Dutch page now says so.
        #expect(String(decoding: incremental["nl-NL/b.html"] ?? Data(), as: UTF8.self).contains("banner-outdated"))
    }

    /// A locale's search indexes are the previous build's files while its entries are the same (an edit past what an
    /// entry keeps), written again when one changed, and never taken when edited since.
    @Test func searchIndexesAreKeptWhileTheirEntriesAre() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        let files = ["en-US/search-index.json", "en-US/search-index.js", "nl-NL/search-index.json", "nl-NL/search-index.js"]
        func inodes() -> [UInt64?] {
            files.map { path in
                var info = stat()
                return lstat(site.out.appendingPathComponent(path).path, &info) == 0 ? UInt64(info.st_ino) : nil
            }
        }
        let first = inodes()
        #expect(!first.contains(nil))
        // As if written in the cache's own clock tick (a small site's may be): then not trusted by their time, they are
        // kept by their recorded SHA-256.
        let indexStamp = try #require(FileStamp.of(path: site.out.appendingPathComponent(files[2]).path))
        #expect(indexStamp.setModificationTime(of: site.out.appendingPathComponent(BuildCache.fileName).path))
        // Only a blank line more: the same entries, every index kept.
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it in 3 steps.\n\n")
        try site.buildAsTheCommandDoes()
        #expect(inodes() == first)
        // Another sentence: the English indexes are written again, the Dutch ones kept.
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it in 4 steps.\n")
        try site.buildAsTheCommandDoes()
        let second = inodes()
        #expect(second[0] != first[0] && second[1] != first[1])
        #expect(second[2] == first[2] && second[3] == first[3])
        var (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
        #expect(String(decoding: incremental["en-US/search-index.json"] ?? Data(), as: UTF8.self).contains("4 steps"))
        // A Dutch index edited by hand since: written again, though its entries did not change.
        try site.buildAsTheCommandDoes()
        try Data("[]".utf8).write(to: site.out.appendingPathComponent("nl-NL/search-index.json"))
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it in 5 steps.\n")
        try site.buildAsTheCommandDoes()
        (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
    }

    /// A previous dashboard edited since it was written (same size, newer than the cache, other bytes) gives no rows.
    @Test func rowsAreNotCopiedFromAnEditedPage() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        let dashboard = site.out.appendingPathComponent("translation-status.html")
        let size = try Data(contentsOf: dashboard).count
        try Data(repeating: UInt8(ascii: "x"), count: size).write(to: dashboard)
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it in 4 steps.\n")
        let (result, _) = try site.buildAsTheCommandDoes()
        #expect(result.copiedRows == 2, "only the Dutch index's")
        let (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
    }

    @Test func aChangedTitleReachesTheIndexAndTheDashboard() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        try site.content.write("nl-NL/a.md", "---\ntitle: A vernieuwd\n---\n# A nl\n\nZie [B](b.md#usage).\n\n![Logo](../en-US/media/logo.png)\n")
        try site.buildAsTheCommandDoes()
        let (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
        #expect(String(decoding: incremental["nl-NL/index.html"] ?? Data(), as: UTF8.self).contains("A vernieuwd"))
        #expect(String(decoding: incremental["translation-status.html"] ?? Data(), as: UTF8.self).contains("A vernieuwd"))
    }

    @Test func anotherModelComparesEveryPairAgain() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        try site.content.write("docloc.yml", "source: en-US\ntranslations: [nl-NL]\nmodel: model.yml\nsite: {title: Help, baseURL: 'https://help.example.com/'}\n")
        try site.content.write("model.yml", "feature: demo\nnavigation: []\nglossary: [Usage]\n")
        let (result, _) = try site.buildAsTheCommandDoes()
        #expect(result.reusedVerdicts == 0 && result.comparedPairs == 3)
    }

    @Test func aChangedImageIsCopiedAgainAndAnEditedCopyReplaced() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        try site.content.write("en-US/media/logo.png", "another picture")
        let (changed, _) = try site.buildAsTheCommandDoes()
        #expect(changed.reusedFiles == 0 && changed.reusedPages == changed.articlePages)
        #expect((try site.page("en-US/media/logo.png")) == "another picture")
        try Data("edited by hand, longer".utf8).write(to: site.out.appendingPathComponent("en-US/media/logo.png"))
        let (edited, _) = try site.buildAsTheCommandDoes()
        #expect(edited.reusedFiles == 0)
        #expect((try site.page("en-US/media/logo.png")) == "another picture")
        let (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
    }

    @Test func searchEntriesOfAnotherSizeAreNotUsed() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes()
        let entries = site.out.appendingPathComponent(BuildCache.searchFileName)
        #expect(FileManager.default.fileExists(atPath: entries.path))
        try Data("[]".utf8).write(to: entries)
        let (result, set) = try site.buildAsTheCommandDoes()
        // Pages are rendered again (their entries are gone), but nothing is parsed for drift that did not change.
        #expect(result.reusedPages == 0 && result.reusedVerdicts == 3)
        #expect(set.documents.allSatisfy { $0.isSummarized })
        let (incremental, full) = try Self.compareWithFull(site)
        #expect(incremental == full)
        #expect(String(decoding: incremental["en-US/search-index.json"] ?? Data(), as: UTF8.self).contains("Use it in 3 steps."))
    }

    @Test func aCacheOfAnotherGeneratorIsIgnored() throws {
        let site = try Self.scenario()
        try site.buildAsTheCommandDoes(generator: "one")
        let (result, set) = try site.buildAsTheCommandDoes(generator: "two")
        #expect(!set.documents.contains { $0.isSummarized })
        // Nothing taken from the cache. (Its images are still linked where they hold the published copies' bytes,
        // as in any build: compared byte for byte, not by the cache's stamps.)
        #expect(result.reusedPages == 0 && result.reusedVerdicts == 0)
    }

    @Test(.enabled(if: TestPaths.hasCorpus)) func theRealCorpusBuildsTheSameIncrementally() throws {
        let corpus = TestPaths.corpus
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-incremental-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let theme = try Theme.load(overrides: nil)
        func build(_ folder: String, incremental: Bool) throws -> (SiteBuildResult, ContentSet) {
            let target = out.appendingPathComponent(folder)
            let previous = incremental ? BuildCache.load(from: target, generator: "t") : nil
            let set = try ContentLoader(root: corpus, summaries: previous?.documents ?? [:]).load()
            let result = try SiteBuilder(content: set, theme: theme, incremental: incremental, previous: previous, generator: "t")
                .build(into: target)
            return (result, set)
        }
        _ = try build("site", incremental: false)
        let (again, set) = try build("site", incremental: true)
        #expect(set.documents.allSatisfy { $0.isSummarized || $0.fingerprint == nil })
        #expect(again.reusedPages == again.articlePages && again.comparedPairs < 10)
        _ = try build("full", incremental: false)
        let a = Self.withoutCache(try SiteScenario.snapshot(of: out.appendingPathComponent("site")))
        let b = Self.withoutCache(try SiteScenario.snapshot(of: out.appendingPathComponent("full")))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a where b[path] != bytes { Issue.record("\(path) differs") }
    }
}
