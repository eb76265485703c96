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
}
