import Testing
@testable import DocLoc

/// `RecordIndex`: every key of a table's records is found where its record stands, by its escaped bytes; a later
/// record of a key stands for it; a record taken out is gone and the others are still found past it.
@Suite struct RecordIndexTests {
    /// Records `tag<TAB>key<TAB>value` one after another (no line feed between them, as a table's own bytes hold them).
    static func records(_ keys: [String]) -> (bytes: [UInt8], ranges: [Range<Int>]) {
        var writer = CacheLines.Writer()
        var ranges: [Range<Int>] = []
        for (number, key) in keys.enumerated() {
            let start = writer.bytes.count
            writer.record("page", [.text(key), .number(number)])
            writer.bytes.removeLast()  // the line feed
            ranges.append(start..<writer.bytes.count)
        }
        return (writer.bytes, ranges)
    }

    static let awkward = ["", "tab\there", "line\nfeed", "back\\slash", "unit\u{1F}sep", "\r", "ü/日本.md", "a", "a\\t"]

    @Test func everyKeyIsFoundWhereItsRecordStands() {
        let keys = Self.awkward + (0..<10_000).map { "en-US/admin/set-\($0 % 97)/page-\($0).html" }
        let (bytes, ranges) = Self.records(keys)
        let index = RecordIndex(ranges, in: bytes)
        #expect(index.count == keys.count)
        for (key, range) in zip(keys, ranges) where index.range(of: key, in: bytes) != range {
            Issue.record("\(key.debugDescription) not found at \(range)")
        }
        for missing in ["b", "tab\\there", "en-US/admin/set-0/page-10000.html", "en-US/admin/set-1/page-0.html", "page"] {
            #expect(index.range(of: missing, in: bytes) == nil, "\(missing.debugDescription)")
        }
        #expect(Set(index.keys(in: bytes)) == Set(keys))
    }

    @Test func aLaterRecordOfAKeyStandsForIt() {
        let (bytes, ranges) = Self.records(["a", "b", "a"])
        let index = RecordIndex(ranges, in: bytes)
        #expect(index.count == 2)
        #expect(index.range(of: "a", in: bytes) == ranges[2])
        #expect(index.keys(in: bytes).sorted() == ["a", "b"])
    }

    @Test func aRemovedRecordIsGoneAndTheOthersAreFoundPastIt() {
        let keys = (0..<3_000).map { "k\($0)" }
        let (bytes, ranges) = Self.records(keys)
        var index = RecordIndex(ranges, in: bytes)
        for key in keys where key.hasSuffix("0") || key.hasSuffix("3") { index.remove(key, in: bytes) }
        index.remove("not there", in: bytes)
        #expect(index.count == 2_400)
        for (key, range) in zip(keys, ranges) {
            let gone = key.hasSuffix("0") || key.hasSuffix("3")
            #expect(index.range(of: key, in: bytes) == (gone ? nil : range), "\(key)")
        }
    }

    @Test func aRecordWithoutAKeyFieldHasTheEmptyKey() {
        let bytes = Array("end".utf8)
        let index = RecordIndex([0..<3], in: bytes)
        #expect(index.range(of: "", in: bytes) == 0..<3 && index.range(of: "end", in: bytes) == nil)
        #expect(RecordIndex().range(of: "", in: []) == nil && RecordIndex([], in: bytes).count == 0)
    }
}
