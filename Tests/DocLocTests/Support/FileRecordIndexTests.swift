import Testing
@testable import DocLoc

/// `FileRecordIndex`: where records stand in a file, by their keys' hash — grown as records come, a later record of a
/// key standing for it, a removed one gone, a record too long to note never found.
@Suite struct FileRecordIndexTests {
    private func key(_ text: String) -> [UInt8] { Array(text.utf8) }

    private func range(of text: String, in index: FileRecordIndex) -> Range<Int>? {
        key(text).withUnsafeBufferPointer { index.range(of: $0) }
    }

    @Test func recordsAreFoundByKeyAsTheIndexGrows() {
        var index = FileRecordIndex()
        for number in 0..<10_000 {
            key("page-\(number).html").withUnsafeBufferPointer { index.insert(key: $0, at: (number * 300)..<(number * 300 + 250)) }
        }
        #expect(index.count == 10_000)
        for number in stride(from: 0, to: 10_000, by: 7) {
            #expect(range(of: "page-\(number).html", in: index) == (number * 300)..<(number * 300 + 250))
        }
        #expect(range(of: "page-10000.html", in: index) == nil)
        #expect(range(of: "", in: index) == nil)
        #expect(Set(index.ranges) == Set((0..<10_000).map { ($0 * 300)..<($0 * 300 + 250) }))
    }

    @Test func aLaterRecordStandsForItsKeyAndARemovedOneIsGone() {
        var index = FileRecordIndex(capacity: 2)
        key("a").withUnsafeBufferPointer { index.insert(key: $0, at: 10..<20) }
        key("b").withUnsafeBufferPointer { index.insert(key: $0, at: 20..<30) }
        key("a").withUnsafeBufferPointer { index.insert(key: $0, at: 40..<45) }
        #expect(index.count == 2)
        #expect(range(of: "a", in: index) == 40..<45)
        key("a").withUnsafeBufferPointer { index.remove($0) }
        #expect(range(of: "a", in: index) == nil && range(of: "b", in: index) == 20..<30)
        #expect(index.count == 1 && index.ranges == [20..<30])
        // Noted again after its removal.
        key("a").withUnsafeBufferPointer { index.insert(key: $0, at: 50..<51) }
        #expect(range(of: "a", in: index) == 50..<51 && index.count == 2)
    }

    @Test func aRecordItCannotNoteIsNeverFound() {
        var index = FileRecordIndex()
        key("long").withUnsafeBufferPointer { index.insert(key: $0, at: 0..<(FileRecordIndex.longestRecord + 1)) }
        key("empty").withUnsafeBufferPointer { index.insert(key: $0, at: 5..<5) }
        key("far").withUnsafeBufferPointer { index.insert(key: $0, at: (1 << 40)..<((1 << 40) + 1)) }
        #expect(index.count == 0)
        #expect(range(of: "long", in: index) == nil && range(of: "empty", in: index) == nil && range(of: "far", in: index) == nil)
        key("longest").withUnsafeBufferPointer { index.insert(key: $0, at: 7..<(7 + FileRecordIndex.longestRecord)) }
        #expect(range(of: "longest", in: index) == 7..<(7 + FileRecordIndex.longestRecord))
    }
}
