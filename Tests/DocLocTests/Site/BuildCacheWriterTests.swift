import Foundation
import Testing
@testable import DocLoc

/// `BuildCacheWriter`: records copied from a previous cache — a row index larger than the write buffer among them,
/// which goes to the file straight from the previous cache's bytes — give the very file that writing them anew gives,
/// counted in its `end` record.
@Suite struct BuildCacheWriterTests {
    /// `BuildCacheLinesTests.sample()` with a row index of 20,000 rows (~1.5 MB as a line: 24x the write buffer).
    static func sample() -> BuildCache {
        var cache = BuildCacheLinesTests.sample()
        cache.rows["translation-status.html"] = BuildCache.RowIndex(
            byteCount: 3_000_000,
            rows: (0..<20_000).map { .init(key: Digest256([UInt8($0 % 256), UInt8($0 / 256)]), offset: $0 * 150, length: 150) })
        cache.rows["nl-NL/index.html"] = BuildCache.RowIndex(byteCount: 30, rows: [.init(key: Digest256([1]), offset: 0, length: 30)])
        return cache
    }

    /// The cache written by a `BuildCacheWriter`: each document, verdict and row index from `copying` when given
    /// (their stored records), else from `cache`.
    static func written(_ cache: BuildCache, copying previous: BuildCache?, in folder: URL) throws -> [UInt8] {
        let path = folder.appendingPathComponent("cache-\(UUID().uuidString)").path
        let writer = try BuildCacheWriter(path: path, reportedPath: path, generator: cache.generator)
        for key in cache.documents.keys.sorted() {
            if let record = previous?.documents.storedRecord(key) {
                try writer.document(copying: record)
            } else {
                try writer.document(key, try #require(cache.documents[key]))
            }
        }
        for key in cache.verdicts.keys.sorted() {
            if let record = previous?.verdicts.storedRecord(key) {
                try writer.verdict(copying: record)
            } else {
                try writer.verdict(key, try #require(cache.verdicts[key]))
            }
        }
        for key in cache.rows.keys.sorted() {
            if let record = previous?.rows.storedRecord(key) {
                try writer.rows(copying: record)
            } else {
                try writer.rows(key, try #require(cache.rows[key]))
            }
        }
        try writer.finish(searchFileSize: cache.searchFileSize)
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func copiedRecordsLargeAndSmallGiveTheFileWrittenAnew() throws {
        let folder = try ScenarioContent([:], config: nil)
        let cache = Self.sample()
        let anew = try Self.written(cache, copying: nil, in: folder.root)
        #expect(anew.count > 1 << 20)
        // The row index written a piece at a time is the record written whole.
        var whole = CacheLines.Writer()
        BuildCache.record(rows: "translation-status.html", try #require(cache.rows["translation-status.html"]), into: &whole)
        #expect(anew.count > whole.bytes.count && whole.bytes.count > 1 << 20)
        #expect(anew.firstRange(of: whole.bytes) != nil)
        let previous = try #require(BuildCache.decoded(anew))
        #expect(previous.rows.storedRecord("translation-status.html").map(\.count) ?? 0 > 1 << 16)
        let copied = try Self.written(cache, copying: previous, in: folder.root)
        #expect(copied == anew)
        let decoded = try #require(BuildCache.decoded(copied))
        #expect(decoded.rows == cache.rows && decoded.verdicts == cache.verdicts && decoded.documents == cache.documents)
        // Read a chunk at a time, as a large cache is.
        let path = folder.root.appendingPathComponent(BuildCache.fileName)
        try Data(copied).write(to: path)
        #expect(BuildCache.load(fromFile: path.path, sharingUpTo: 0, chunkSize: 4_096) == decoded)
    }
}
