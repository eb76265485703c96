import Foundation
import Testing
@testable import DocLoc

@Suite struct ContentLoaderTests {
    @Test func pairsByPathThenAssetID() throws {
        let content = try ScenarioContent([
            "en-US/a.md": "---\nms.assetid: A1\n---\n# A\n",
            "en-US/b.md": "---\nms.assetid: B1\n---\n# B\n",
            "en-US/c.md": "# C\n",
            "nl-NL/a.md": "---\nms.assetid: A1\n---\n# A\n",
            "nl-NL/renamed-b.md": "---\nms.assetid: b1\n---\n# B\n",
            "nl-NL/only-here.md": "# X\n",
        ])
        let set = try content.load()
        #expect(set.documents.map(\.path) == [
            "en-US/a.md", "en-US/b.md", "en-US/c.md", "nl-NL/a.md", "nl-NL/only-here.md", "nl-NL/renamed-b.md",
        ])
        let pairs = set.pairs.map { ($0.relativePath, $0.source != nil, $0.translation != nil, $0.match) }
        #expect(pairs.count == 4)
        #expect(pairs.contains { $0 == ("a.md", true, true, .path) })
        #expect(pairs.contains { $0 == ("b.md", true, true, .assetID) })
        #expect(pairs.contains { $0 == ("c.md", true, false, nil) })
        #expect(pairs.contains { $0 == ("only-here.md", false, true, nil) })
    }

    @Test func withoutConfigurationLocalesComeFromFolders() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n", "nl-NL/a.md": "# A\n", "media/x.png": "x"], config: nil)
        let set = try content.load()
        #expect(set.configuration.isInferred)
        #expect(set.configuration.source == "en-US")
        #expect(set.configuration.translations == ["nl-NL"])
    }

    @Test func configurationTyposAreErrorsWithALine() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\ntranslation: [nl-NL]\n")
        #expect(throws: DocLocError.self) { try content.load() }
        do {
            _ = try content.load()
        } catch let error as DocLocError {
            #expect(error.description.hasPrefix("docloc.yml:2:1: error: unknown key 'translation'"))
        }
    }

    @Test func ruleSettingsAreRead() throws {
        let config = """
            source: en-US
            rules: { link-broken: warning, anchor-missing: off }
            overrides:
              - paths: ["nl-NL/old/**"]
                rules: { link-broken: off }
            """
        let set = try ScenarioContent(["en-US/a.md": "# A\n"], config: config).load()
        #expect(set.configuration.ruleSettings.map(\.rule) == ["link-broken", "anchor-missing", "link-broken"])
        #expect(set.configuration.ruleSettings[0].severity == .warning)
        #expect(set.configuration.ruleSettings[1].severity == nil)
        #expect(set.configuration.ruleSettings[2].paths == ["nl-NL/old/**"])
    }

    @Test func symlinkOutOfTheTreeIsNotRead() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"])
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-outside-\(UUID().uuidString).md")
        try Data("# secret\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: content.url("en-US/leak.md"), withDestinationURL: outside)
        let set = try content.load()
        #expect(set.documents.map(\.path) == ["en-US/a.md"])
        #expect(set.diagnostics.map(\.rule) == ["path-outside-content"])
        #expect(set.diagnostics.first?.file == "en-US/leak.md")
    }

    @Test func oneBadFileDoesNotStopTheOthers() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n", "en-US/c.md": "# C\n"])
        try content.write("en-US/b.md", bytes: [0xFF, 0xFE, 0x00, 0x41])
        let set = try content.load()
        #expect(set.documents.count == 3)
        #expect(set.documents.filter(\.isUsable).map(\.path) == ["en-US/a.md", "en-US/c.md"])
        #expect(set.diagnostics.map(\.file) == ["en-US/b.md"])
    }

    @Test func fingerprintIsSHA1OfCRLFBytes() {
        // printf 'a\r\nb\r\n' | sha1sum
        #expect(Fingerprint.of(Array("a\nb\n".utf8)) == Fingerprint.of(Array("a\r\nb\r\n".utf8)))
        #expect(Fingerprint.of(Array("a\r\nb\r\n".utf8)) == "72dd82ee6968b55d1833597e2d6e1638a100c2ea")
    }

    /// In the corpus, the Dutch translation of this English file records its CRLF SHA-1 (the other English
    /// files are newer versions than the ones translated).
    @Test(.enabled(if: TestPaths.hasCorpus)) func fingerprintMatchesMicrosoftsOpenLocFileHashOnTheCorpus() throws {
        let set = try ContentLoader(root: TestPaths.corpus).load()
        let matches = set.pairs.filter { pair in
            guard let s = pair.source, let t = pair.translation else { return false }
            return set.documents[s].fingerprint == set.documents[t].article.frontMatter.openLocFileHash
        }
        #expect(matches.map(\.relativePath) == ["admin/misc/solution-provider-partners-in-russia.md"])
    }

    /// What an incremental build records per file and finds again: the summaries of every document.
    private func summaries(of set: ContentSet) -> CacheTable<DocumentSummary> {
        CacheTable(Dictionary(uniqueKeysWithValues: set.documents.indices.compactMap { index in
            set.summary(of: index).map { (set.documents[index].path, $0) }
        }))
    }

    /// A file with its recorded size and modification time, older than the summaries, is taken as unchanged
    /// without being read — even when its bytes changed and its old time was set back (the limit README states,
    /// as for make and rsync); a file of the same size with a new time is read, and parsed when its bytes changed.
    @Test func aFileWithItsRecordedStampIsNotRead() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n\nOne.\n", "en-US/b.md": "# B\n\nTwo.\n"])
        let hourAgo = FileStamp(size: 0, modified: FileStamp.now() - 3_600_000_000_000)
        for path in ["en-US/a.md", "en-US/b.md"] { #expect(hourAgo.setModificationTime(of: content.url(path).path)) }
        let first = try content.load()
        let recorded = summaries(of: first)
        #expect(recorded["en-US/a.md"]?.modified == hourAgo.modified)
        let cacheWritten = FileStamp.now()
        try content.write("en-US/a.md", "# A\n\nUno.\n")
        #expect(hourAgo.setModificationTime(of: content.url("en-US/a.md").path))
        try content.write("en-US/b.md", "# B\n\nTwo!\n")
        let second = try ContentLoader(root: content.root, summaries: recorded, trustedBefore: cacheWritten).load()
        let (a, b) = (second.documents[0], second.documents[1])
        #expect(a.isSummarized && a.fingerprint == first.documents[0].fingerprint && a.modified == hourAgo.modified)
        #expect(!b.isSummarized && b.fingerprint != first.documents[1].fingerprint)
        #expect(b.modified == FileStamp.of(path: content.url("en-US/b.md").path)?.modified)
        // Not older than the summaries (changed in the tick they were written, say): read, and found changed.
        let third = try ContentLoader(root: content.root, summaries: recorded, trustedBefore: hourAgo.modified).load()
        #expect(!third.documents[0].isSummarized && third.documents[0].fingerprint != first.documents[0].fingerprint)
        // Without a time for the summaries (a plain load): every file is read.
        #expect(!(try ContentLoader(root: content.root, summaries: recorded).load().documents[0].isSummarized))
    }

    /// Unchanged bytes under a new time: read and fingerprinted, not parsed; the new time is what is recorded.
    @Test func aTouchedFileIsReadButNotParsed() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"])
        let hourAgo = FileStamp(size: 0, modified: FileStamp.now() - 3_600_000_000_000)
        #expect(hourAgo.setModificationTime(of: content.url("en-US/a.md").path))
        let recorded = summaries(of: try content.load())
        let minuteAgo = FileStamp(size: 0, modified: FileStamp.now() - 60_000_000_000)
        #expect(minuteAgo.setModificationTime(of: content.url("en-US/a.md").path))
        let second = try ContentLoader(root: content.root, summaries: recorded, trustedBefore: FileStamp.now()).load()
        #expect(second.documents[0].isSummarized)
        #expect(second.documents[0].modified == minuteAgo.modified)
    }
}
