import Foundation
import Testing
@testable import DocLoc

/// A content set too large to hold (`holdLimit` exceeded) is worked through in batches: the reports must be
/// the same as when every article is held, and a batch never splits a source from its translations.
@Suite struct ContentSetBatchTests {
    static func load(_ root: URL, holdLimit: Int, model: URL? = nil) throws -> ContentSet {
        try ContentLoader(root: root, modelFile: model, holdLimit: holdLimit).load()
    }

    @Test func batchesCoverEveryDocumentOnceAndKeepPairsTogether() throws {
        let scenario = try ScenarioContent([
            "en-US/a.md": "# A\n", "en-US/b.md": "# B\n", "en-US/c.md": "---\nms.assetid: c1\n---\n# C\n",
            "en-US/d.md": "# D\n", "nl-NL/a.md": "# A\n", "nl-NL/b.md": "# B\n",
            "nl-NL/renamed.md": "---\nms.assetid: c1\n---\n# C\n", "nl-NL/orphan.md": "# O\n",
        ])
        let content = try Self.load(scenario.root, holdLimit: 0)
        #expect(content.releasesArticles)
        let batches = content.batches(size: 2)
        #expect(batches.count > 1)
        // Groups in order of their first document (a source with its translations), cut at two documents.
        #expect(content.documents.map(\.path) == [
            "en-US/a.md", "en-US/b.md", "en-US/c.md", "en-US/d.md", "nl-NL/a.md", "nl-NL/b.md", "nl-NL/orphan.md",
            "nl-NL/renamed.md",
        ])
        #expect(batches.map(\.documents) == [[0, 4], [1, 5], [2, 7], [3, 6]])
        #expect(batches.map { $0.pairs.map { content.pairs[$0].relativePath } } == [["a.md"], ["b.md"], ["c.md"], ["d.md", "orphan.md"]])
        #expect(batches.flatMap(\.documents).sorted() == Array(content.documents.indices))
        #expect(batches.flatMap(\.pairs).sorted() == Array(content.pairs.indices))
        for batch in batches {
            let members = Set(batch.documents)
            for pair in batch.pairs.map({ content.pairs[$0] }) {
                for side in [pair.source, pair.translation].compactMap({ $0 }) { #expect(members.contains(side)) }
            }
        }
    }

    /// Batches count the documents they load: when few are (an incremental build), a batch spans up to
    /// `unloadedSpan` times as many documents, still without splitting a pair.
    @Test func batchesCountTheDocumentsTheyLoad() throws {
        let scenario = try ScenarioContent([
            "en-US/a.md": "# A\n", "en-US/b.md": "# B\n", "en-US/c.md": "# C\n", "en-US/d.md": "# D\n",
            "nl-NL/a.md": "# A\n", "nl-NL/b.md": "# B\n", "nl-NL/c.md": "# C\n", "nl-NL/d.md": "# D\n",
        ])
        let content = try Self.load(scenario.root, holdLimit: 0)
        #expect(content.batches(size: 2).count == 4)
        #expect(content.batches(size: 2, loading: { _ in true }) == content.batches(size: 2))
        // One changed pair: one batch of everything.
        let one = content.batches(size: 2, loading: { content.documents[$0].relativePath == "b.md" })
        #expect(one.map(\.documents) == [[0, 4, 1, 5, 2, 6, 3, 7]])
        #expect(one.map { $0.pairs.count } == [4])
        // Two loads a batch: b's and c's pairs cannot share one.
        let two = content.batches(size: 2, loading: { ["b.md", "c.md"].contains(content.documents[$0].relativePath) })
        #expect(two.count == 2)
        #expect(two.flatMap(\.documents).sorted() == Array(content.documents.indices))
        // Nothing loaded: at most size × unloadedSpan documents a batch.
        #expect(content.batches(size: 1, loading: { _ in false }).map(\.documents.count) == [8])
    }

    @Test func aSetThatFitsHoldsItsArticles() throws {
        let content = try Self.load(TestPaths.content, holdLimit: ContentLoader.defaultHoldLimit)
        #expect(!content.releasesArticles)
        var batches = 0
        content.inBatches { batch in
            batches += 1
            #expect(batch.scopedDocuments.count == content.documents.count)
        }
        #expect(batches == 1)
    }

    @Test func releasedArticlesAreParsedAgainAndLetGoAfterTheirBatch() throws {
        let content = try Self.load(TestPaths.content, holdLimit: 0)
        let held = try Self.load(TestPaths.content, holdLimit: .max)
        for (a, b) in zip(content.documents, held.documents) {
            #expect(a.article == b.article)
            #expect(a.title == b.article.title)
            #expect(a.anchorNames == b.article.anchorNames)
        }
        content.inBatches(size: 3) { batch in
            for document in batch.scopedDocuments { #expect(document.articleSlot.isHeld) }
        }
        #expect(content.documents.allSatisfy { !$0.articleSlot.isHeld })
    }

    /// The real corpus is read in chunks (`ContentLoader.chunkSize`); a limit passed in the first chunk or a later
    /// one lets go of every article read before, and holds none read after (each let go on its reading thread),
    /// with the same documents and diagnostics as when all are held.
    @Test(.enabled(if: TestPaths.hasCorpus), arguments: [1, 2_000_000])
    func aLimitPassedWhileReadingLetsGoOfEveryArticle(holdLimit: Int) throws {
        let root = TestPaths.corpus
        let held = try Self.load(root, holdLimit: .max)
        let content = try Self.load(root, holdLimit: holdLimit)
        #expect(content.documents.count > ContentLoader.chunkSize * 2)
        #expect(held.documents.allSatisfy { $0.articleSlot.isHeld })
        #expect(content.documents.allSatisfy { !$0.articleSlot.isHeld })
        #expect(content.diagnostics == held.diagnostics)
        for (a, b) in zip(content.documents, held.documents) {
            #expect(a.path == b.path && a.title == b.title && a.anchorNames == b.anchorNames)
            #expect(a.fingerprint == b.fingerprint && a.byteCount == b.byteCount && a.modified == b.modified)
            #expect(a.diagnosticRange == b.diagnosticRange)
        }
        #expect(content.documents.first.map { $0.article == held.documents[0].article } == true)
    }

    @Test(arguments: TestPaths.contentAndCorpus)
    func batchedCheckAndDriftEqualTheHeldOnes(root: URL) throws {
        let model = TestPaths.content.appendingPathComponent("model/consent.yml")
        let held = try Self.load(root, holdLimit: .max, model: model)
        let batched = try Self.load(root, holdLimit: 0, model: model)
        #expect(!held.releasesArticles && batched.releasesArticles)
        let options = ReportOptions(articles: held.documents.map(\.path), pathPrefix: "", strict: false)
        let formatter = ReportFormat.json.formatter(color: false, options: options)
        let heldReport = CheckRunner.standard().run(held)
        #expect(!heldReport.diagnostics.isEmpty)
        #expect(formatter.format(CheckRunner.standard().run(batched)) == formatter.format(heldReport))
        #expect(DriftEngine().report(for: batched).pairs == DriftEngine().report(for: held).pairs)
    }
}
