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
            // Each table, only its own records: none holds the file.
            let documentLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("document\t") }
            #expect(streamed.documents.storedByteCount == documentLines.reduce(0) { $0 + $1.utf8.count })
            #expect(streamed.verdicts.storedByteCount < bytes.count)
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
        BuildCacheReader.forEachLine(in: bytes) { line in
            sizes.count(line)
            return true
        }
        let cache = try #require(BuildCache.decoded(bytes, sharingUpTo: 0))
        #expect(sizes.bytes == [
            cache.documents.storedByteCount, cache.pages.storedByteCount, cache.rendered.storedByteCount,
            cache.rows.storedByteCount, cache.copied.storedByteCount, cache.verdicts.storedByteCount,
        ])
    }
}
