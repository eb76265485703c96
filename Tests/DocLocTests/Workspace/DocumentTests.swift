import Testing

@testable import DocLoc

/// A document made from a summary is the document made from the same anchors as a set: a summary's anchor list is
/// sorted and unique, whatever order and repeats it was given.
@Suite struct DocumentTests {
    static func document(_ anchors: [String]) -> Document {
        let summary = DocumentSummary(fingerprint: "abc", byteCount: 0, title: "A", assetID: nil, anchors: anchors, diagnostics: [])
        return Document(
            locale: "nl-NL", relativePath: "a.md", summary: summary, slot: { _ in ArticleSlot(holding: Article(path: "nl-NL/a.md")) })
    }

    static func document(set anchors: Set<String>) -> Document {
        Document(
            locale: "nl-NL", relativePath: "a.md", isUsable: true, fingerprint: "abc", title: "A", assetID: nil,
            anchorNames: anchors, slot: { _ in ArticleSlot(holding: Article(path: "nl-NL/a.md")) })
    }

    @Test(arguments: [["a", "b", "c"], ["c", "a", "b"], ["b", "a", "b"], [], ["één", "a", "Z", "z"]])
    func anchorsAsTheSetGivesThem(_ anchors: [String]) throws {
        let fromList = Self.document(anchors)
        let fromSet = Self.document(set: Set(anchors))
        #expect(fromList.anchorNames == Set(anchors))
        #expect(fromList.summary(diagnostics: [])?.anchors == fromSet.summary(diagnostics: [])?.anchors)
        #expect(fromList.summary(diagnostics: [])?.anchors == Set(anchors).sorted())
    }
}
