import Testing
@testable import DocLoc

@Suite struct StringByteCharactersTests {
    @Test func byteCharactersAreASCIIWithoutCarriageReturns() {
        #expect("https://x/y?z#w".isByteCharacters)
        #expect("".isByteCharacters)
        #expect(!"a\r\nb".isByteCharacters)
        #expect(!"café".isByteCharacters)
    }

    @Test(arguments: [
        ("https://x.com/a", "://", 5..<8),
        ("aab", "ab", 1..<3),
        ("ababac", "abac", 2..<6),
        ("abc", "abcd", nil),
        ("abc", "", 0..<0),
        ("", "a", nil),
        ("//x", "//", 0..<2),
    ] as [(String, String, Range<Int>?)])
    func findsBytes(text: String, needle: String, offsets: Range<Int>?) {
        let found = text.firstByteRange(of: needle).map {
            text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound)
        }
        #expect(found == offsets)
        // The same range in a substring, in the text's own indexes.
        let slice = ("#" + text)[...].dropFirst()
        #expect(slice.firstByteRange(of: needle).map { String(slice[$0]) } == offsets.map { _ in needle })
    }

    /// The byte search where it can, Foundation's `range(of:)` elsewhere: the same answers.
    @Test(arguments: ["https://x.com/a", "café://x", "a\r\n://b", "none", "", "://"])
    func quickRangeIsFoundationsRange(text: String) {
        #expect(text.quickRange(of: "://") == text.range(of: "://"))
        #expect(text.quickRange(of: "") == text.range(of: ""))
    }

    @Test func scalarsDecodeFromBytes() {
        var text = "aé€😀"
        let decoded = text.withUTF8 { bytes in
            var result: [Unicode.Scalar] = []
            var i = 0
            while i < bytes.count {
                let (scalar, length) = bytes.scalar(at: i)
                result.append(scalar)
                i += length
            }
            return result
        }
        #expect(decoded == Array("aé€😀".unicodeScalars))
    }

    /// The first characters by bytes where the scalars allow it, by `Character` elsewhere: `prefix`'s answers.
    @Test(arguments: [
        "plain ascii text", "café au lait", "e\u{301}e\u{301}e\u{301}", "ab\r\ncd", "ab\r", "a\u{301}", "abc\u{301}",
        "👍🏽 thumbs", "’quoted’ – dash…", "x\u{200D}y", "", "ab", "Ünïcödé ïs fïnë",
    ])
    func characterPrefixIsPrefix(text: String) {
        for count in 0...(text.utf8.count + 1) {
            #expect(text.characterPrefix(count) == String(text.prefix(count)), "\(count)")
        }
    }

    /// Random texts of simple and joining scalars, cut at every length.
    @Test func characterPrefixMatchesPrefixOnRandomText() {
        let pieces = ["a", "é", " ", "\u{301}", "\r", "\n", "’", "😀", "\u{200D}", "1", "ß", "\u{1F3FD}"]
        var numbers = SeededNumbers(seed: 7)
        for _ in 0..<300 {
            let text = numbers.text(of: pieces, shorterThan: 20)
            for count in 0...text.utf8.count { #expect(text.characterPrefix(count) == String(text.prefix(count)), "\(text.debugDescription) \(count)") }
        }
    }

    /// A hex digit of either case is its value, as `UInt8(_:radix: 16)` reads one digit; every other byte is nil.
    @Test func everyByteHasTheHexValueRadixSixteenGives() {
        for code in 0...255 {
            let byte = UInt8(code)
            let expected = byte < 0x80 && byte != UInt8(ascii: "+") && byte != UInt8(ascii: "-")
                ? UInt8(String(UnicodeScalar(byte)), radix: 16) : nil
            #expect(byte.hexDigitValue == expected, "\(code)")
        }
    }
}
