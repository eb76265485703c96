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
