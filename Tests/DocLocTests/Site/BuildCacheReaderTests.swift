import Foundation
import Testing
@testable import DocLoc

/// `BuildCacheReader`: a large cache file read a chunk at a time gives the cache that reading it whole gives,
/// wherever the chunks end (inside a line, on a line feed, inside a verdict's findings), with each table holding
/// exactly its own records; a file cut short or changed gives an empty cache, as before.
@Suite struct BuildCacheReaderTests {
    /// A folder holding `bytes` as its cache file (removed when the folder goes).
    func written(_ bytes: [UInt8]) throws -> ScenarioContent {
        let folder = try ScenarioContent([:], config: nil)
        try Data(bytes).write(to: folder.url(BuildCache.fileName))
        return folder
    }

    /// How many bytes of records each of a cache's tables holds, in `BuildCacheReader.Sizes`' order.
    static func tableSizes(_ cache: BuildCache) -> [Int] {
        [
            cache.documents.storedByteCount, cache.pages.storedByteCount, cache.rendered.storedByteCount,
            cache.rows.storedByteCount, cache.copied.storedByteCount, cache.verdicts.storedByteCount,
        ]
    }

    /// How many bytes of records each table of the cache in `bytes` should hold, counted here from its lines: a
    /// record's line, a finding's with the line feed that joins it to its verdict.
    static func expectedSizes(_ bytes: [UInt8]) -> [Int] {
        let tables = ["document", "page", "rendered", "rows", "copied", "verdict"]
        var sizes = [Int](repeating: 0, count: tables.count)
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let tag = String(line.prefix { $0 != "\t" })
            if tag == "finding" {
                sizes[tables.count - 1] += line.utf8.count + 1
            } else if let table = tables.firstIndex(of: tag) {
                sizes[table] += line.utf8.count
            }
        }
        return sizes
    }

    @Test func chunksEndingAnywhereGiveTheCacheReadWhole() throws {
        let bytes = BuildCacheLinesTests.sample().encoded()
        let folder = try written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let path = folder.url(BuildCache.fileName).path
        let whole = try #require(BuildCache.decoded(bytes))
        for chunkSize in [1, 2, 7, 64, bytes.count - 1, bytes.count, 1 << 20] {
            let streamed = BuildCache.load(fromFile: path, sharingUpTo: 0, chunkSize: chunkSize)
            #expect(streamed == whole, "chunks of \(chunkSize) bytes")
            for key in whole.verdicts.keys { #expect(streamed.verdicts.storedRecord(key) == whole.verdicts.storedRecord(key)) }
            for key in whole.documents.keys { #expect(streamed.documents.storedRecord(key) == whole.documents.storedRecord(key)) }
            // Each table, exactly its own records: none holds the file.
            #expect(Self.tableSizes(streamed) == Self.expectedSizes(bytes))
        }
        // Read whole (a small file): the same cache, its tables sharing the file's bytes.
        let small = BuildCache.load(fromFile: path)
        #expect(small == whole && small.documents.storedByteCount == bytes.count)
    }

    @Test func aFileWithoutItsLastLineFeedReadsTheSame() throws {
        let bytes = BuildCacheLinesTests.sample().encoded()
        #expect(bytes.last == 0x0A)
        let folder = try written(Array(bytes.dropLast()))
        defer { withExtendedLifetime(folder) {} }
        #expect(BuildCache.load(fromFile: folder.url(BuildCache.fileName).path, sharingUpTo: 0, chunkSize: 5) == BuildCache.decoded(bytes))
    }

    /// Blank lines between records (a cache edited by hand) are skipped, in a file read by chunks as in one read whole.
    @Test func blankLinesAreSkipped() throws {
        let bytes = BuildCacheLinesTests.sample().encoded()
        var spaced: [UInt8] = []
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) { spaced += line + [0x0A, 0x0A] }
        let folder = try written(spaced)
        defer { withExtendedLifetime(folder) {} }
        let expected = try #require(BuildCache.decoded(bytes))
        #expect(BuildCache.decoded(spaced) == expected)
        #expect(BuildCache.load(fromFile: folder.url(BuildCache.fileName).path, sharingUpTo: 0, chunkSize: 3) == expected)
    }

    /// A kept verdict is written from the pair's drift when its record cannot be copied: the drift gives the
    /// verdict back, field for field.
    @Test func aVerdictComesBackFromItsDrift() throws {
        let cache = try #require(BuildCache.decoded(BuildCacheLinesTests.sample().encoded()))
        let content = try ScenarioContent(["en-US/a.md": "# A\n", "nl-NL/a.md": "# A\n"]).load()
        let pair = try #require(content.pairs.first)
        var verdicts = try cache.verdicts.keys.map { try #require(cache.verdicts[$0]) }
        verdicts.append(BuildCache.Verdict(
            status: .current, findings: [], isMachineTranslated: false, handoffDate: "",
            recordedFingerprint: "0123456789abcdef0123456789abcdef01234567"))
        verdicts.append(BuildCache.Verdict(
            status: .outdated, findings: [], isMachineTranslated: true, handoffDate: nil,
            recordedFingerprint: "6F9619FF-8B86-D011-B42D-00C04FC964FF"))
        for verdict in verdicts { #expect(BuildCache.Verdict(verdict.drift(of: pair, in: content)) == verdict) }
    }

    @Test func aFileCutShortOrNotACacheIsNotUsed() throws {
        let bytes = BuildCacheLinesTests.sample().encoded()
        for broken in [Array(bytes.prefix(bytes.count / 2)), Array(bytes.dropFirst(3)), Array("not a cache\n".utf8), []] {
            let folder = try written(broken)
            defer { withExtendedLifetime(folder) {} }
            #expect(BuildCache.load(fromFile: folder.url(BuildCache.fileName).path, sharingUpTo: 0, chunkSize: 4) == BuildCache())
        }
        let folder = try ScenarioContent([:], config: nil)
        #expect(BuildCache.load(fromFile: folder.url("missing").path, sharingUpTo: 0) == BuildCache())
        // A folder where the file should be.
        try FileManager.default.createDirectory(at: folder.url("dir"), withIntermediateDirectories: true)
        #expect(BuildCache.load(fromFile: folder.url("dir").path, sharingUpTo: 0) == BuildCache())
    }

    /// The sizes counted beforehand are the bytes each table ends up holding: nothing is copied as it grows.
    @Test func theSizesCountedAreTheTablesBytes() throws {
        let bytes = BuildCacheLinesTests.sample().encoded()
        var sizes = BuildCacheReader.Sizes()
        BuildCacheReader.forEachLine(in: bytes) { sizes.count($0) }
        #expect(sizes.bytes == Self.expectedSizes(bytes))
    }

    /// A line longer than a chunk whose start suffices is handed over by that start and the rest of it passed over;
    /// every other line comes whole, wherever the chunks end, with or without a last line feed.
    @Test(arguments: [1, 3, 8, 1 << 20]) func aLongLineWhoseStartSufficesComesByItsStart(chunkSize: Int) throws {
        let long = "rows\t" + String(repeating: "0123456789", count: 30)
        let lines = ["docloc-build-cache\t1", long, "page\tp.html", "", long + "x", "rows\tshort", "end\t4", long]
        for ending in ["\n", ""] {
            let bytes = Array((lines.joined(separator: "\n") + ending).utf8)
            let folder = try written(bytes)
            let fd = open(folder.url(BuildCache.fileName).path, O_RDONLY)
            defer { close(fd) }
            var seen: [String] = []
            let read = BuildCacheReader.forEachLine(ofFile: fd, chunkSize: chunkSize, startSuffices: { $0.starts(with: "rows\t".utf8) }) {
                seen.append(String(decoding: $0, as: UTF8.self))
                return true
            }
            #expect(read)
            try #require(seen.count == lines.count, "chunks of \(chunkSize), ending \(ending.debugDescription)")
            for (line, got) in zip(lines, seen) {
                if line.hasPrefix("rows\t"), line.utf8.count > chunkSize {
                    #expect(line.hasPrefix(got) && got.utf8.count >= min(chunkSize, line.utf8.count), "\(got.debugDescription)")
                } else {
                    #expect(got == line)
                }
            }
            if chunkSize == 1 << 20 { #expect(seen == lines) }
        }
    }
}
