import Testing
@testable import DocLoc

@Suite struct SearchIndexTests {
    /// The entry written by hand is the entry `JSONEncoder` writes: every ASCII character, quotes, backslashes,
    /// slashes, controls and text beyond ASCII, in titles, headings (none, one, several) and texts.
    @Test func anEntryIsWrittenAsJSONEncoderWritesIt() {
        let pieces = ["a", "Zürich", "\"", "\\", "/", "\u{7F}", "\u{2028}", "😀", "</script>", " ", "é", "\u{FEFF}"]
            + (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        var numbers = SeededNumbers(seed: 3)
        for _ in 0..<500 {
            let entry = SearchIndex.Entry(
                title: numbers.text(of: pieces, shorterThan: 8), url: numbers.text(of: pieces, shorterThan: 5),
                headings: (0..<numbers.next(4)).map { _ in numbers.text(of: pieces, shorterThan: 6) },
                text: numbers.text(of: pieces, shorterThan: 40))
            #expect(SearchIndex.json(entry) == SearchIndex.encoded(entry), "\(entry)")
        }
    }

    @Test func everyASCIICharacterIsEscapedAsJSONEncoderEscapesIt() {
        for code in 0..<0x80 {
            let entry = SearchIndex.Entry(title: String(UnicodeScalar(UInt8(code))), url: "u", headings: [], text: "")
            #expect(SearchIndex.json(entry) == SearchIndex.encoded(entry), "\(code)")
        }
    }
}
