import Foundation
import Testing
@testable import DocLoc

/// `DeferredCacheTables`: a large cache loaded `deferringTables` holds only its documents' records until
/// `loadDeferredTables`, which then gives the cache a whole load gives; a file that changed in between gives
/// empty tables (every lookup a miss), never another cache's records.
@Suite struct DeferredCacheTablesTests {
    let bytes = BuildCacheLinesTests.sample().encoded()

    @Test(arguments: [1, 7, 1 << 20]) func theDocumentsComeFirstAndTheRestWhenAsked(chunkSize: Int) throws {
        let folder = try BuildCacheReaderTests().written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let whole = try #require(BuildCache.decoded(bytes))
        let expected = BuildCacheReaderTests.expectedSizes(bytes)
        var cache = BuildCache.load(fromFile: folder.url(BuildCache.fileName).path, sharingUpTo: 0, chunkSize: chunkSize, deferringTables: true)
        #expect(cache.deferred != nil && cache.generator == whole.generator && cache.searchFileSize == whole.searchFileSize)
        #expect(cache.documents == whole.documents)
        for key in whole.documents.keys { #expect(cache.documents.storedRecord(key) == whole.documents.storedRecord(key)) }
        #expect(BuildCacheReaderTests.tableSizes(cache) == [expected[0], 0, 0, 0, 0, 0])
        #expect(cache.pages.isEmpty && cache.verdicts.isEmpty && cache.rendered.isEmpty && cache.rows.isEmpty && cache.copied.isEmpty)
        // The build lets go of the documents before it asks for the rest.
        cache.documents = [:]
        cache.loadDeferredTables()
        #expect(cache.deferred == nil)
        // The pages' records stay in the file, each read when looked up.
        #expect(BuildCacheReaderTests.tableSizes(cache) == [0, 0] + expected.dropFirst(2))
        for key in whole.pages.keys { #expect(cache.pages.storedRecord(key) == whole.pages.storedRecord(key)) }
        cache.documents = whole.documents
        #expect(cache == whole)
        for key in whole.verdicts.keys { #expect(cache.verdicts.storedRecord(key) == whole.verdicts.storedRecord(key)) }
        // Asked again: nothing more to read, nothing lost.
        cache.loadDeferredTables()
        #expect(cache == whole)
    }

    /// As a build reads them: the verdicts while it plans the site, the pages' once it has copied the verdicts'
    /// records and let go of them, the others after the article pages — never a table twice.
    @Test(arguments: [1, 1 << 20]) func theVerdictsComeBeforeTheOtherTables(chunkSize: Int) throws {
        let folder = try BuildCacheReaderTests().written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let whole = try #require(BuildCache.decoded(bytes))
        let expected = BuildCacheReaderTests.expectedSizes(bytes)
        var cache = BuildCache.load(fromFile: folder.url(BuildCache.fileName).path, sharingUpTo: 0, chunkSize: chunkSize, deferringTables: true)
        cache.documents = [:]
        let verdicts = cache.deferred?.read(DeferredCacheTables.verdicts, generator: cache.generator)
        cache.adoptDeferredTables(verdicts, tables: DeferredCacheTables.verdicts)
        #expect(cache.deferred != nil && cache.verdicts == whole.verdicts)
        #expect(BuildCacheReaderTests.tableSizes(cache) == [0, 0, 0, 0, 0, expected[5]])
        cache.verdicts = [:]
        // Then the pages' alone, and the others once those are let go of too.
        cache.loadDeferredTables(DeferredCacheTables.pages)
        #expect(cache.deferred != nil && cache.pages == whole.pages)
        #expect(BuildCacheReaderTests.tableSizes(cache) == [0, 0, 0, 0, 0, 0])
        cache.pages = [:]
        cache.loadDeferredTables()
        #expect(cache.deferred == nil && cache.verdicts.isEmpty && cache.pages.isEmpty)
        #expect(BuildCacheReaderTests.tableSizes(cache) == [0, 0] + expected.dropFirst(2).dropLast() + [0])
        cache.documents = whole.documents
        cache.verdicts = whole.verdicts
        cache.pages = whole.pages
        #expect(cache == whole)
    }

    /// A first read that failed leaves the verdicts empty (every pair compared again), not the tables read after it.
    @Test func aFailedVerdictReadLeavesTheOtherTablesToRead() throws {
        let folder = try BuildCacheReaderTests().written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let whole = try #require(BuildCache.decoded(bytes))
        var cache = BuildCache.load(fromFile: folder.url(BuildCache.fileName).path, sharingUpTo: 0, deferringTables: true)
        cache.adoptDeferredTables(nil, tables: DeferredCacheTables.verdicts)
        #expect(cache.deferred != nil && cache.verdicts.isEmpty && cache.pages.isEmpty)
        cache.loadDeferredTables()
        #expect(cache.deferred == nil && cache.verdicts.isEmpty)
        #expect(cache.pages == whole.pages && cache.rows == whole.rows && cache.rendered == whole.rendered && cache.copied == whole.copied)
    }

    /// A page's record is read from the file when looked up: one changed in place since (another key where its key
    /// was) is a miss, never another page's record; the others are still found.
    @Test func aPageRecordChangedInTheFileSinceIsAMiss() throws {
        let folder = try BuildCacheReaderTests().written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let url = folder.url(BuildCache.fileName)
        var cache = BuildCache.load(fromFile: url.path, sharingUpTo: 0, chunkSize: 3, deferringTables: true)
        cache.loadDeferredTables()
        let whole = try #require(BuildCache.decoded(bytes))
        let path = try #require(whole.pages.keys.first)
        #expect(cache.pages[path] == whole.pages[path])
        let text = String(decoding: bytes, as: UTF8.self)
        let changed = text.replacingOccurrences(of: "page\t" + path + "\t", with: "page\t" + path.replacingOccurrences(of: "a", with: "z") + "\t")
        #expect(changed != text && changed.utf8.count == bytes.count)
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Array(changed.utf8))
        try handle.close()
        #expect(cache.pages[path] == nil && cache.pages.storedRecord(path) == nil)
        #expect(cache.rendered == whole.rendered && cache.rows == whole.rows)
    }

    @Test func aSmallCacheIsReadWhole() throws {
        let folder = try BuildCacheReaderTests().written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let cache = BuildCache.load(from: folder.root, deferringTables: true)
        #expect(cache.deferred == nil && cache == BuildCache.decoded(bytes))
    }

    /// The file cut short in place, or holding another docloc's cache, after the documents were read.
    @Test(arguments: [false, true]) func aFileChangedInPlaceLeavesTheDeferredTablesEmpty(byAnotherDocloc: Bool) throws {
        let folder = try BuildCacheReaderTests().written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let url = folder.url(BuildCache.fileName)
        var cache = BuildCache.load(fromFile: url.path, sharingUpTo: 0, chunkSize: 5, deferringTables: true)
        let whole = try #require(BuildCache.decoded(bytes))
        var other = BuildCacheLinesTests.sample()
        other.generator = "another docloc"
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: byAnotherDocloc ? other.encoded() : Array(bytes.prefix(bytes.count / 2)))
        try handle.close()
        cache.loadDeferredTables()
        #expect(cache.documents == whole.documents)
        #expect(cache.pages.isEmpty && cache.verdicts.isEmpty && cache.rendered.isEmpty && cache.rows.isEmpty && cache.copied.isEmpty)
    }

    /// Replaced (a new file at the path): the rest still comes from the file the documents came from.
    @Test func aFileReplacedAtItsPathIsNotTheOneRead() throws {
        let folder = try BuildCacheReaderTests().written(bytes)
        defer { withExtendedLifetime(folder) {} }
        let url = folder.url(BuildCache.fileName)
        var cache = BuildCache.load(fromFile: url.path, sharingUpTo: 0, deferringTables: true)
        try FileManager.default.removeItem(at: url)
        try Data("not a cache\n".utf8).write(to: url)
        cache.loadDeferredTables()
        #expect(cache == BuildCache.decoded(bytes))
    }
}
