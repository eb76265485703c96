import Foundation
import Testing
@testable import DocLoc

@Suite struct ContentFileIndexTests {
    static let index = ContentFileIndex(files: [
        "nl-NL/media/Screen.png", "nl-NL/media/screen.PNG", "nl-NL/media/other.png", "en-US/a.md",
    ])

    @Test func findsAVariantThatDiffersOnlyInCase() {
        #expect(Self.index.caseVariant(of: "nl-NL/media/screen.png") == "nl-NL/media/Screen.png")
        #expect(Self.index.caseVariant(of: "EN-us/A.MD") == "en-US/a.md")
        #expect(Self.index.caseVariant(of: "nl-nl/media/OTHER.png") == "nl-NL/media/other.png")
    }

    @Test func neverOffersThePathItselfOrAnUnrelatedFile() {
        #expect(Self.index.caseVariant(of: "en-US/a.md") == nil)
        #expect(Self.index.caseVariant(of: "nl-NL/media/missing.png") == nil)
        // Of two variants, the first in path order that is not the path asked about.
        #expect(Self.index.caseVariant(of: "nl-NL/media/Screen.png") == "nl-NL/media/screen.PNG")
    }

    @Test func foldersOfFilesAreKnown() {
        #expect(Self.index.containsFolder("nl-NL/media"))
        #expect(Self.index.containsFolder("nl-NL"))
        #expect(!Self.index.containsFolder("nl-NL/media/other.png"))
        #expect(Self.index.containsFile("nl-NL/media/other.png"))
    }

    @Test func aWalkedTreeIsIndexed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("nl-NL/Media"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: root.appendingPathComponent("nl-NL/a.md"))
        try Data("x".utf8).write(to: root.appendingPathComponent("nl-NL/Media/B.png"))
        let index = ContentFileIndex(tree: ContentTree(walking: root))
        #expect(index.files == ["nl-NL/a.md", "nl-NL/Media/B.png"])
        #expect(index.caseVariant(of: "nl-NL/media/b.png") == "nl-NL/Media/B.png")
        #expect(index.containsFolder("nl-NL/Media"))
    }
}
