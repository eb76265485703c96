import Testing
@testable import DocLoc

@Suite struct ByteSearchTests {
    @Test func findsWhatIsThereAndOnlyThat() {
        #expect(ByteSearch.mayContain("Sign in to Azure AD", "Azure"))
        #expect(!ByteSearch.mayContain("Sign in to azure AD", "Azure"))
        #expect(ByteSearch.mayContain("Sign in to azure AD", "Azure", caseSensitive: false))
        #expect(!ByteSearch.mayContain("Office", "Office 365"))
        #expect(ByteSearch.mayContain("Geïntegreerde apps", "Geïntegreerde"))
        #expect(ByteSearch.mayContain("GEÏNTEGREERDE", "geïntegreerde", caseSensitive: false))
        #expect(ByteSearch.mayContain("", ""))
    }
}
