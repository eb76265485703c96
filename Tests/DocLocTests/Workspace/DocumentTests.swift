import Testing

@testable import DocLoc

/// A document made from a summary's anchor list is the document made from the same anchors as a set: the list is
/// taken as it is only when it is still sorted and unique.
@Suite struct DocumentTests {
    static func document(_ anchors: [String]) -> Document {
        Document(
            locale: "nl-NL", relativePath: "a.md", isUsable: true, fingerprint: "abc", title: "A", assetID: nil,
            anchors: anchors, slot: { _ in ArticleSlot(holding: Article(path: "nl-NL/a.md")) })
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
