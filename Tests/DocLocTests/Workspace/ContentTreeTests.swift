import Foundation
import Testing
@testable import DocLoc

/// `ContentTree`: the tree a loader walks beside the articles gives the same file index and asset lookup as a
/// walk made when they are first needed.
@Suite struct ContentTreeTests {
    /// What `ContentTree.walk` hands out, collected: the reference every tree is compared with.
    static func walked(_ root: URL) -> (files: Set<String>, folders: Set<String>) {
        var result: (files: Set<String>, folders: Set<String>) = ([], [])
        ContentTree.walk(root, file: { result.files.insert($0) }, folder: { result.folders.insert($0) })
        return result
    }

    static func scenario() throws -> ScenarioContent {
        try ScenarioContent([
            "en-US/a.md": "# A\n\n![Shot](media/Shot.png)\n",
            "en-US/media/Shot.png": "png",
            "nl-NL/a.md": "# A\n",
            "nl-NL/.hidden.md": "# Hidden\n",
            "shared/note.txt": "note",
        ])
    }

    @Test func aLoaderThatWalksTheTreeListsWhatTheFileIndexWalks() throws {
        let content = try Self.scenario()
        let walked = try ContentLoader(root: content.root, walksTree: true).load()
        let plain = try ContentLoader(root: content.root).load()
        #expect(plain.tree == nil)
        let tree = try #require(walked.tree)
        let index = Self.walked(content.root)
        #expect(tree.files == index.files)
        #expect(tree.folders == index.folders)
        #expect(tree.files.contains("en-US/media/Shot.png"))
        #expect(tree.files.contains("docloc.yml"))
        #expect(!tree.files.contains("nl-NL/.hidden.md"))
        #expect(tree.folders == ["en-US", "en-US/media", "nl-NL", "shared"])
        // The content set's lookups are made from it, with the same answers.
        let fromTree = walked.lookups.files(walked)
        #expect(fromTree.files == index.files)
        #expect(fromTree.folders == index.folders)
        #expect(fromTree.caseVariant(of: "en-US/media/shot.png") == "en-US/media/Shot.png")
        // A set the loader did not walk is walked on first use, to the same files.
        #expect(plain.lookups.files(plain).files == index.files)
        #expect(plain.lookups.tree(plain).folders == index.folders)
    }

    @Test func everyDocumentPathIsStillAFileOnceShared() throws {
        let content = try Self.scenario()
        let set = try ContentLoader(root: content.root, walksTree: true).load()
        let tree = try #require(set.tree)
        for document in set.documents { #expect(tree.files.contains(document.path)) }
        #expect(tree.files == Self.walked(content.root).files)
    }

    /// The articles the walk is given are looked up, not kept: only those it finds become files, as the documents'
    /// strings; one it does not find (a link that leads nowhere, a file gone meanwhile) does not.
    @Test func articlesTheWalkDoesNotFindAreNotFiles() throws {
        let content = try Self.scenario()
        try FileManager.default.createSymbolicLink(
            atPath: content.url("nl-NL/dangling.md").path, withDestinationPath: content.url("nl-NL/nowhere.md").path)
        let articles = [
            FileDiscovery.File(locale: "en-US", relativePath: "a.md"),
            FileDiscovery.File(locale: "nl-NL", relativePath: "a.md"),
            FileDiscovery.File(locale: "nl-NL", relativePath: "dangling.md"),
            FileDiscovery.File(locale: "nl-NL", relativePath: "gone.md"),
        ]
        var tree = ContentTree(walking: content.root, articles: articles)
        #expect(!tree.files.contains("en-US/a.md"))
        #expect(tree.files.contains("en-US/media/Shot.png"))
        let documents = articles.map { file in
            Document(locale: file.locale, relativePath: file.relativePath, article: Article(path: file.path))
        }
        tree.share(pathsOf: documents)
        #expect(tree.files.contains("en-US/a.md"))
        #expect(tree.files.contains("nl-NL/a.md"))
        #expect(!tree.files.contains("nl-NL/dangling.md"))
        #expect(!tree.files.contains("nl-NL/gone.md"))
        #expect(tree.files == Self.walked(content.root).files)
    }

    /// Documents in any order (a content set made by hand) still give the tree the walk finds.
    @Test func documentsOutOfOrderGiveTheSameTree() throws {
        let content = try Self.scenario()
        let set = try content.load()
        let tree = ContentTree(walking: content.root, documents: set.documents.reversed())
        #expect(tree.files == Self.walked(content.root).files)
        #expect(tree.folders == Self.walked(content.root).folders)
    }
}
