import Testing
@testable import DocLoc

/// `collapsingWhitespace()` and `lowercasedWords()` answer exactly as splitting on `Character` properties does,
/// on the byte path (`SimpleScalar`s only) and on the character path they fall back to.
@Suite struct StringWordsTests {
    static func reference(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func referenceWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }.map { String($0) }
    }

    /// Every simple scalar is a character of its own with the same whitespace and letter answers.
    @Test func simpleScalarsAnswerAsTheirCharacters() {
        for value in Array(0..<0x300) + Array(0x2000..<0x2080) {
            let scalar = Unicode.Scalar(UInt32(value))!
            var text = String(scalar)
            let simple = text.withUTF8 { SimpleScalar.at(0, in: $0) }
            if value >= 0x2070 || value == 0x200C || value == 0x200D {
                #expect(simple == nil, "U+\(String(value, radix: 16))")
                continue
            }
            guard let simple else {
                Issue.record("U+\(String(value, radix: 16)) is not simple")
                continue
            }
            #expect(simple.value == UInt32(value) && simple.length == text.utf8.count)
            #expect(simple.isWhitespace == Character(scalar).isWhitespace, "U+\(String(value, radix: 16))")
            #expect(simple.isLetter == Character(scalar).isLetter, "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "", " ", "  a  b  ", "a\tb\nc\r\nd\u{0B}e\u{0C}f", "één  twee\u{A0}drie\u{85}vier", "agenda’s\u{2003}x",
        // A combining mark after a space makes that space part of one non-breaking character run.
        "a \u{301}b", "\u{301} a", "a\u{3000}b", "x\u{200D} y", "\u{600} 1", "e\u{301} e", "👩‍💻 code  ", "ſ ß Ÿ ˿ ̀",
        "Don’t  ‘quote’ — it’s…\u{2009}fine", "İstanbul ÉÉN Straße", "l’ordinateur d'un\u{200C}x", "µ ª º ˆ ˇ",
    ])
    func matchesSplittingOnCharacters(_ text: String) {
        #expect(text.collapsingWhitespace() == Self.reference(text))
        #expect(text.lowercasedWords() == Self.referenceWords(text))
    }

    @Test func matchesOnRandomMixes() {
        let pieces: [String] = [
            "a", "Z", "7", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{1F}", "é", "ë", "\u{85}", "\u{A0}", "\u{2FF}",
            "\u{300}", "\u{301}", "\u{200D}", "\u{2028}", "\u{3000}", "\u{600}", "漢", "😀", "\u{FE0F}", "’", "'",
            "…", "\u{2009}", "\u{200C}", "İ", "É", "ß", "\u{2071}", "→", "™", "\u{1680}", "🏽", "\u{1100}", "\u{1161}",
            "🇳", "🇱",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(text.collapsingWhitespace() == Self.reference(text), "\(text.unicodeScalars.map(\.value))")
            #expect(text.lowercasedWords() == Self.referenceWords(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func bridgedAndSubstringTextsWork() {
        let slice = "  one   two  three "[...]
        #expect(String(slice).collapsingWhitespace() == "one two three")
    }

    @Test func hasCharactersAnswersAsCountDoes() {
        let pieces = ["a", "é", "e\u{301}", "\r\n", "\r", "\n", "😀", "👍🏽", " "]
        var numbers = SeededNumbers(seed: 23)
        for _ in 0..<400 {
            let text = numbers.text(of: pieces, shorterThan: 12)
            for minimum in 0...(text.utf8.count + 1) {
                #expect(text.hasCharacters(atLeast: minimum) == (text.count >= minimum), "\(text.debugDescription) \(minimum)")
            }
        }
    }
}
