import Testing
@testable import DocLoc

/// cmark reports byte columns; diagnostics give columns in Unicode scalars.
@Suite struct LineIndexTests {
    @Test func asciiAndWideLines() {
        let index = LineIndex("abc\nxé z\n\nlast")
        #expect(index.lineCount == 4)
        #expect(index.characterColumn(line: 1, byteColumn: 3) == 3)
        // Line 2: x (1 byte), é (2 bytes), space, z: byte column 5 is `z`, the 4th scalar.
        #expect(index.characterColumn(line: 2, byteColumn: 5) == 4)
        #expect(index.characterColumn(line: 2, byteColumn: 2) == 2)
        #expect(index.characterColumn(line: 3, byteColumn: 1) == 1)
        #expect(index.characterColumn(line: 4, byteColumn: 4) == 4)
    }

    @Test func aColumnPastTheLineCountsOnIntoTheNextLine() {
        // As before the ASCII shortcut: the count runs over the line end (and stops at the text's end).
        let index = LineIndex("ab\né")
        #expect(index.characterColumn(line: 1, byteColumn: 6) == 5)
        #expect(index.characterColumn(line: 1, byteColumn: 9) == 5)
        #expect(index.characterColumn(line: 9, byteColumn: 7) == 7)
        #expect(index.characterColumn(line: 1, byteColumn: 0) == 0)
    }

    /// Line starts and wide lines as a byte-by-byte walk finds them, on texts of ASCII, wider characters and
    /// line feeds in every arrangement (runs longer than eight bytes included).
    @Test func linesAreFoundAsAByteWalkFindsThem() {
        let pieces = ["a", "bcdefghij", "é", "\n", "\n\n", "😀", "\r"]
        var numbers = SeededNumbers(seed: 5)
        for _ in 0..<500 {
            let text = numbers.text(of: pieces, shorterThan: 12)
            var starts = [0]
            var wide: [Bool] = []
            var lineIsWide = false
            for (i, byte) in text.utf8.enumerated() {
                if byte == 0x0A {
                    starts.append(i + 1)
                    wide.append(lineIsWide)
                    lineIsWide = false
                } else if byte >= 0x80 {
                    lineIsWide = true
                }
            }
            wide.append(lineIsWide)
            let index = LineIndex(text)
            #expect(index.starts == starts, "\(text.debugDescription)")
            #expect(index.wide == wide, "\(text.debugDescription)")
        }
    }
}
