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
}
