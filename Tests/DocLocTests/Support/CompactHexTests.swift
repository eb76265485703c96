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

    @Test func aLowercaseGUIDComesBackAsItWasWritten() {
        for text in [
            "8f0454b2-f51a-4d9c-bcde-2c48e41621c6", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "27c363da-db66-83e4-1692-cb6ee3ea1db0",
        ] {
            #expect(CompactHex(text).text == text)
        }
        #expect(CompactHex("8f0454b2-f51a-4d9c-bcde-2c48e41621c6") != CompactHex("8f0454b2-f51a-4d9c-bcde-2c48e41621c7"))
        // Not a lowercase GUID: kept as text, and still as written.
        for text in [
            "8F0454B2-F51A-4D9C-BCDE-2C48E41621C6", "8f0454b2f51a-4d9c-bcde-2c48e41621c6-", "8f0454b2-f51a-4d9c-bcde-2c48e41621c",
            "{8f0454b2-f51a-4d9c-bcde-2c48e41621c6}", "8f0454b2-f51a-4d9c-bcde-2c48e41621cg", "8f0454b2_f51a_4d9c_bcde_2c48e41621c6",
        ] {
            #expect(CompactHex(text).text == text)
        }
    }

    @Test func aDocumentKeepsItsAssetID() {
        var document = Document(locale: "en-US", relativePath: "a.md", article: Article(path: "en-US/a.md"))
        for id in ["8f0454b2-f51a-4d9c-bcde-2c48e41621c6", "8F0454B2-F51A-4D9C-BCDE-2C48E41621C6", "legacy-id-12", ""] {
            document.assetID = id
            #expect(document.assetID == id)
        }
        document.assetID = nil
        #expect(document.assetID == nil)
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
        // 144: the asset id held as `CompactHex` took 8 bytes more inline and saves a GUID's 80-byte string.
        // 152: the file's modification time (`modified`), which spares an incremental build reading unchanged files.
        #expect(MemoryLayout<Document>.stride <= 152)
        let document = Document(locale: "nl-NL", relativePath: "admin/a.md", article: Article(path: "nl-NL/admin/a.md"))
        #expect(document.locale == "nl-NL")
        #expect(document.path == "nl-NL/admin/a.md")
    }
}
