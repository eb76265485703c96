import Testing
@testable import DocLoc

/// Numbers in prose with their offsets in Unicode scalars; the scan reads bytes.
@Suite struct NumberScannerTests {
    @Test(arguments: [
        ("Version 2.0 costs 1,000 or 10.000 a year (365 days).", [(8, "2.0"), (18, "1,000"), (27, "10.000"), (42, "365")]),
        ("O365 and x64 are names; 64x is a number.", [(24, "64")]),
        ("Één 12 — café 3.5,1 ü9 ñ 7.", [(4, "12"), (14, "3.5,1"), (25, "7")]),
        ("ends with 5. then 6,", [(10, "5"), (18, "6")]),
        ("👍 42 漢9 ٣", [(2, "42")]),
        ("no digits", []),
        ("", []),
    ] as [(String, [(Int, String)])])
    func findsNumbers(text: String, expected: [(Int, String)]) {
        let found = NumberScanner.numbers(in: text)
        #expect(found.map(\.0) == expected.map(\.0))
        #expect(found.map(\.1) == expected.map(\.1))
    }

    /// The byte scan finds what a scan of the scalars finds, on random prose of ASCII, wider letters, digits
    /// (ASCII and others) and separators.
    @Test func findsWhatAScalarScanFinds() {
        let pieces = ["a", "Z", "7", "42", ".", ",", " ", "é", "ü9", "٣", "漢", "👍", "x64", "-", "1,000", "2."]
        var numbers = SeededNumbers(seed: 31)
        for _ in 0..<1_000 {
            let text = numbers.text(of: pieces, shorterThan: 12)
            let found = NumberScanner.numbers(in: text)
            let expected = Self.scalarScan(text)
            #expect(found.map(\.0) == expected.map(\.0), "\(text.debugDescription)")
            #expect(found.map(\.1) == expected.map(\.1), "\(text.debugDescription)")
        }
    }

    static func scalarScan(_ text: String) -> [(Int, String)] {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        func isWord(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? (isDigit(s) || (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A)
                : s.properties.isAlphabetic || s.properties.numericType != nil
        }
        var result: [(Int, String)] = []
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else { i += 1; continue }
            let start = i
            let glued = i > 0 && isWord(scalars[i - 1])
            while i < scalars.count {
                if isDigit(scalars[i]) {
                    i += 1
                } else if !glued, scalars[i] == "." || scalars[i] == ",", i + 1 < scalars.count, isDigit(scalars[i + 1]) {
                    i += 1
                } else {
                    break
                }
            }
            if !glued { result.append((start, String(String.UnicodeScalarView(scalars[start..<i])))) }
        }
        return result
    }
}
