import Foundation
import Testing
@testable import DocLoc

/// A table read from bytes decodes a record only when it is looked up; what code sets wins over what was read.
@Suite struct CacheTableTests {
    /// Three records as a cache holds them (a tag, the key, the value), the second one unreadable.
    static func stored() -> CacheTable<Int> {
        let bytes = Array("n\ta\t12n\tb\txn\tc\t34".utf8)
        return CacheTable(sharing: [0..<6, 6..<11, 11..<17], in: bytes) {
            Int(String(decoding: $0.split(separator: 0x09).last ?? [], as: UTF8.self))
        }
    }

    /// `bytes` written as a cache file and loaded, the tables sharing the bytes read up to `sharingUpTo`.
    static func loaded(_ bytes: [UInt8], sharingUpTo limit: Int) throws -> BuildCache {
        let folder = try ScenarioContent([:], config: nil)
        defer { withExtendedLifetime(folder) {} }
        try Data(bytes).write(to: folder.url(BuildCache.fileName))
        let cache = BuildCache.load(fromFile: folder.url(BuildCache.fileName).path, sharingUpTo: limit)
        #expect(!cache.pages.isEmpty, "the file is a whole cache")
        return cache
    }

    @Test func storedRecordsAreDecodedWhenLookedUp() {
        let table = Self.stored()
        #expect(table["a"] == 12)
        #expect(table["c"] == 34)
        #expect(table["b"] == nil)  // cannot be read: a miss
        #expect(table["zz"] == nil)
        #expect(Set(table.keys) == ["a", "b", "c"])
    }

    /// Each table of a large cache read from a file holds its own records' bytes, not the whole file's: a build
    /// that is done with one kind of record lets go of it.
    @Test func aTableHoldsOnlyItsOwnRecords() throws {
        let table = Self.stored()
        #expect(table.storedByteCount == 17)
        let bytes = BuildCacheLinesTests.sample().encoded()
        let cache = try Self.loaded(bytes, sharingUpTo: bytes.count - 1)
        let documentLines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("document\t") }
        #expect(cache.documents.storedByteCount == documentLines.reduce(0) { $0 + $1.utf8.count })
        let tables = [cache.documents.storedByteCount, cache.pages.storedByteCount, cache.verdicts.storedByteCount,
            cache.rendered.storedByteCount, cache.copied.storedByteCount]
        // Together they hold every record once (not the header, trailer and line ends); each, only its own.
        #expect(tables.allSatisfy { $0 > 0 })
        #expect(tables.reduce(0, +) < bytes.count)
    }

    /// The tables of a small cache share the bytes it was read from (copying them cost more than a build uses them),
    /// and read the same as copied ones.
    @Test func theTablesOfASmallCacheShareItsBytes() throws {
        let bytes = BuildCacheLinesTests.sample().encoded()
        let shared = try Self.loaded(bytes, sharingUpTo: bytes.count)
        let copied = try Self.loaded(bytes, sharingUpTo: bytes.count - 1)
        #expect(shared.documents.storedByteCount == bytes.count && shared.verdicts.storedByteCount == bytes.count)
        #expect(copied.documents.storedByteCount < bytes.count)
        #expect(shared == copied)
        for key in shared.verdicts.keys { #expect(shared.verdicts.storedRecord(key) == copied.verdicts.storedRecord(key)) }
        for key in shared.documents.keys { #expect(shared.documents.storedRecord(key) == copied.documents.storedRecord(key)) }
        #expect(bytes.count < BuildCache.sharedTablesLimit)
    }

    @Test func aStoredValueSetToNilIsGone() {
        var table = Self.stored()
        table["a"] = nil
        #expect(table["a"] == nil && table.storedRecord("a") == nil)
        #expect(Set(table.keys) == ["b", "c"] && table["c"] == 34)
    }

    @Test func aValueSetByCodeReplacesTheStoredOne() {
        var table = Self.stored()
        table["a"] = 7
        table["d"] = 8
        #expect(table["a"] == 7)
        #expect(table.count == 4)
        #expect(table.dictionary == ["a": 7, "c": 34, "d": 8])
        #expect(table == CacheTable(["a": 7, "c": 34, "d": 8]))
        let empty: CacheTable<Int> = [:]
        #expect(empty.isEmpty)
    }
}
