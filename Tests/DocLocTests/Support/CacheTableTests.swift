import Testing
@testable import DocLoc

/// A table read from bytes decodes a record only when it is looked up; what code sets wins over what was read.
@Suite struct CacheTableTests {
    static func stored() -> CacheTable<Int> {
        let bytes = Array("12|x|34".utf8)
        return CacheTable(bytes: bytes, stored: ["a": 0..<2, "b": 3..<4, "c": 5..<7]) { Int(String(decoding: $0, as: UTF8.self)) }
    }

    @Test func storedRecordsAreDecodedWhenLookedUp() {
        let table = Self.stored()
        #expect(table["a"] == 12)
        #expect(table["c"] == 34)
        #expect(table["b"] == nil)  // cannot be read: a miss
        #expect(table["zz"] == nil)
        #expect(Set(table.keys) == ["a", "b", "c"])
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
