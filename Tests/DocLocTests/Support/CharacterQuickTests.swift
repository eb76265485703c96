import Testing
@testable import DocLoc

/// The ASCII shortcuts answer exactly as `isLetter` and `isNumber` do.
@Suite struct CharacterQuickTests {
    @Test func quickPropertiesMatchTheUnicodeOnes() {
        var characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        characters += ["\r\n", "é", "ß", "ª", "²", "٣", "Ⅻ", "’", "e\u{301}", "漢"]
        for c in characters {
            #expect(c.isLetterQuick == c.isLetter, "\(c.unicodeScalars.map(\.value))")
            #expect(c.isNumberQuick == c.isNumber, "\(c.unicodeScalars.map(\.value))")
        }
    }
}
