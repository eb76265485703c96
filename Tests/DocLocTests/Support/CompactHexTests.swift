import Testing
@testable import DocLoc

@Suite struct CompactHexTests {
    @Test func aFingerprintComesBackAsItWasWritten() {
        for text in [
            "0000000000000000000000000000000000000000", "ffffffffffffffffffffffffffffffffffffffff",
            "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", Fingerprint.of(Array("# A\n".utf8)),
        ] {
            #expect(CompactHex(text).text == text)
        }
        #expect(CompactHex("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3") == CompactHex("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"))
        #expect(CompactHex("a94a8fe5ccb19ba61c4c0873d391e987982fbbd3") != CompactHex("a94a8fe5ccb19ba61c4c0873d391e987982fbbd4"))
    }

    @Test func otherTextIsKeptAsItIs() {
        for text in [
            "", "abc", "A94A8FE5CCB19BA61C4C0873D391E987982FBBD3", "a94a8fe5ccb19ba61c4c0873d391e987982fbbd",
            "a94a8fe5ccb19ba61c4c0873d391e987982fbbd33", "g94a8fe5ccb19ba61c4c0873d391e987982fbbd3",
            "a94a8fe5ccb19ba61c4c0873d391e987982fbbé",
        ] {
            #expect(CompactHex(text).text == text)
        }
    }

    @Test func aDocumentKeepsItsFingerprint() {
        var document = Document(
            locale: "en-US", relativePath: "a.md", article: Article(path: "en-US/a.md"),
            fingerprint: "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")
        #expect(document.fingerprint == "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3")
        document.fingerprint = nil
        #expect(document.fingerprint == nil)
        document.fingerprint = "not hex"
        #expect(document.fingerprint == "not hex")
    }
}

/// A large content set keeps a `Document` per article for the whole run: its stored size is part of the memory
/// budget (issue 6), so a new stored property should be a deliberate choice.
@Suite struct DocumentLayoutTests {
    @Test func aDocumentStaysSmall() {
        #expect(MemoryLayout<Document>.stride <= 136)
        let document = Document(locale: "nl-NL", relativePath: "admin/a.md", article: Article(path: "nl-NL/admin/a.md"))
        #expect(document.locale == "nl-NL")
        #expect(document.path == "nl-NL/admin/a.md")
    }
}
