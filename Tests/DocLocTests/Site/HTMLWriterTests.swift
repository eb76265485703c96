import Testing
@testable import DocLoc

@Suite struct HTMLWriterTests {
    private func escaped(_ text: String, attribute: Bool) -> String {
        var out: [UInt8] = []
        HTMLWriter.escape(text, into: &out, attribute: attribute)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func markupCharactersAreEscaped() {
        #expect(escaped(#"a < b & "c" > d"#, attribute: false) == #"a &lt; b &amp; "c" &gt; d"#)
        #expect(escaped(#"a < b & "c" > d"#, attribute: true) == "a &lt; b &amp; &quot;c&quot; &gt; d")
    }

    @Test func whitespaceIsKeptInTextAndASpaceInAttributes() {
        #expect(escaped("a\tb\nc\r", attribute: false) == "a\tb\nc\r")
        #expect(escaped("a\tb\nc\r", attribute: true) == "a b c ")
    }

    /// The byte scan gives the scalar test's answer, on every C0 control, the two noncharacters and what stands near them.
    @Test(arguments: ["plain", "tab\there", "cr\r\nlf", "bell\u{07}", "nul\u{0}", "\u{FFFE}", "a\u{FFFF}b", "\u{FFFD}", "\u{FEFF}x",
        "\u{EFBF}", "é€😀", "\u{1F}", "\u{7F}", "", "\u{FFEF}\u{BF}"])
    func xmlSafetyIsReadOnTheBytes(_ text: String) {
        #expect(HTMLWriter.isXMLSafe(text) == !text.unicodeScalars.contains { !HTMLWriter.isXMLCharacter($0) })
        #expect(HTMLWriter.xmlSafe(text) == String(String.UnicodeScalarView(text.unicodeScalars.filter(HTMLWriter.isXMLCharacter))))
    }

    @Test func everyControlCharacterIsJudgedAsAScalar() {
        for code in 0..<0x80 {
            let text = "a" + String(UnicodeScalar(UInt8(code))) + "b"
            #expect(HTMLWriter.isXMLSafe(text) == HTMLWriter.isXMLCharacter(UnicodeScalar(UInt8(code))), "\(code)")
        }
    }

    @Test func codePointsXMLForbidsAreDropped() {
        #expect(escaped("a\u{0}b\u{1F}c\u{7F}", attribute: false) == "abc\u{7F}")
        #expect(escaped("x\u{FFFE}y\u{FFFF}z\u{FFFD}\u{FEFF}", attribute: false) == "xyz\u{FFFD}\u{FEFF}")
    }

    @Test func textBeyondASCIIPassesThrough() {
        #expect(escaped("Één 👍 ï", attribute: true) == "Één 👍 ï")
        #expect(escaped("", attribute: false) == "")
        #expect(escaped("\u{F000}\u{FFEF}&", attribute: false) == "\u{F000}\u{FFEF}&amp;")
    }
}
