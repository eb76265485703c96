import Testing
@testable import DocLoc

@Suite struct StringExactTests {
    @Test func joinsItsPartsAsPlusDoes() {
        let cases: [[String]] = [
            [], [""], ["nl-NL", "/", "admin/misc/user-consent.md"], ["é", "/", "ü/x y.md"], ["a", "", "b"],
            ["en-US", "/", String(repeating: "lang-pad/", count: 40) + "z.md"], ["👩‍💻", "e\u{301}"],
        ]
        for parts in cases {
            let joined = String.exactly(parts)
            #expect(joined == parts.joined())
            #expect(Array(joined.utf8) == Array(parts.joined().utf8))
        }
        #expect(String.exactly("nl-NL", "/", "a.md") == "nl-NL/a.md")
        for parts in cases {
            for separator in ["\u{0}", "/", ", ", ""] {
                #expect(Array(String.exactly(parts, separator: separator).utf8) == Array(parts.joined(separator: separator).utf8))
            }
        }
    }
}
