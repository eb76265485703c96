import Testing
@testable import DocLoc

/// The scanner reads bytes; its answers are in Unicode scalars (offsets) and strings, whatever the text is made of.
@Suite struct HTMLTagScannerTests {
    @Test func namesAttributesAndOffsets() {
        let tags = HTMLTagScanner.startTags(in: #"<a name="x" HREF='y.md'>t</a> <img src=z.png alt="A &amp; B"/>"#)
        #expect(tags.map(\.name) == ["a", "img"])
        #expect(tags[0].attributes == ["name": "x", "href": "y.md"])
        #expect(tags[0].offset == 0)
        #expect(tags[1].attributes == ["src": "z.png", "alt": "A &amp; B"])
        #expect(tags[1].offset == 30)
    }

    @Test func offsetsCountScalarsNotBytes() {
        // é (2 bytes), 👍 (4 bytes), e + combining acute (2 scalars): 1 + 1 + 2 + 1 spaces = 5 scalars before `<`.
        let tags = HTMLTagScanner.startTags(in: "é👍e\u{301} <b id=\"ü\">")
        #expect(tags.count == 1)
        #expect(tags[0].offset == 5)
        #expect(tags[0].attributes["id"] == "ü")
    }

    @Test func nonASCIILettersMakeATagName() {
        let tags = HTMLTagScanner.startTags(in: "<é1 a=b> < x> <1> <Ωmega>")
        #expect(tags.map(\.name) == ["é1", "ωmega"])
        #expect(tags.map(\.offset) == [0, 18])
    }

    @Test func firstOfARepeatedAttributeWinsAndStrayCharactersAreSkipped() {
        let tags = HTMLTagScanner.startTags(in: "<a id=one ID=two =three / name>")
        #expect(tags.count == 1)
        #expect(tags[0].attributes == ["id": "one", "name": ""])
    }

    @Test func anUnterminatedTagEndsAtTheText() {
        #expect(HTMLTagScanner.startTags(in: "<a href=\"x").first?.attributes == ["href": "x"])
        #expect(HTMLTagScanner.startTags(in: "<").isEmpty)
        #expect(HTMLTagScanner.startTags(in: "").isEmpty)
    }
}
