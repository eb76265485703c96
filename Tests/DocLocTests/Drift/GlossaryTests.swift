import Foundation
import Testing
@testable import DocLoc

/// `Glossary.occurrences` finds whole-word terms; its quick byte-level "no" never hides a match that
/// Foundation's search would find.
@Suite struct GlossaryTests {
    @Test(arguments: [
        ("Azure", "Sign in to Azure today", true),
        ("Azure", "Sign in to Azuré today", false),
        ("Azure", "Sign in to Azure\u{301} today", false),
        ("Kelvin", "in \u{212A}elvin degrees", true),
        ("a;b", "x a\u{37E}b y", true),
        ("Office 365", "Office 36", false),
        ("Office 365", "", false),
        ("Microsoft 365", "Open the Microsoft 365 admin center’s page", true),
        ("Ω", "Ohm \u{2126}", true),
    ])
    func quickNoAgreesWithFoundation(term: String, text: String, present: Bool) {
        #expect((text.range(of: term) != nil) == present)
        if Glossary.cannotOccur(term, in: text) { #expect(!present) }
        #expect(Glossary.occurrences(of: term, in: text).isEmpty == !present)
    }

    @Test func occurrencesAreWholeWordsOnly() {
        #expect(Glossary.occurrences(of: "Azure", in: "Azure and AzureAD and Azure.").count == 2)
    }

    /// The byte search gives Foundation's answers: terms at the edges, side by side, inside words, beside letters
    /// beyond ASCII and in texts with the characters that decompose to ASCII.
    @Test func theByteSearchFindsWhatFoundationFinds() {
        let pieces = ["Azure", "Azure AD", "AD", " ", ".", "x", "é", "\u{212A}", "\u{37E}", "Az", "ure", "1", "’"]
        var numbers = SeededNumbers(seed: 29)
        for _ in 0..<600 {
            let text = numbers.text(of: pieces, shorterThan: 10)
            for term in ["Azure", "Azure AD", "AD", "K", ";"] {
                #expect(Self.offsets(Glossary.occurrences(of: term, in: text), in: text) == Self.offsets(Self.foundation(term, text), in: text),
                    "\(term) in \(text.debugDescription)")
            }
        }
    }

    static func offsets(_ ranges: [Range<String.Index>], in text: String) -> [Int] {
        ranges.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
    }

    /// What Foundation's search finds, whole words only: the answer the byte search must give.
    static func foundation(_ term: String, _ text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: term, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !Glossary.isWordCharacter(before), !Glossary.isWordCharacter(after) { result.append(range) }
            start = range.upperBound
        }
        return result
    }
}
