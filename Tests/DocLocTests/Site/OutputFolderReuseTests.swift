import Foundation
import Testing
@testable import DocLoc

/// How an incremental build decides that a page of the previous site is still as it was written: by its recorded
/// size when it is older than the previous cache (no read, no hash), else by its SHA-256.
@Suite struct OutputFolderReuseTests {
    /// A previous site holding `en-US/a.html` and a fresh staging folder beside it.
    static func folder() throws -> (OutputFolder, URL, FileStamp) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-reuse-\(UUID().uuidString)")
        let (content, out) = (base.appendingPathComponent("content"), base.appendingPathComponent("site"))
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: out.appendingPathComponent("en-US"), withIntermediateDirectories: true)
        let page = out.appendingPathComponent("en-US/a.html")
        try Data("<p>a</p>".utf8).write(to: page)
        let folder = try OutputFolder.prepare(out, content: content)
        try folder.createFolders(for: ["en-US/a.html"])
        return (folder, base, try #require(FileStamp.of(path: page.path)))
    }

    @Test func anOlderPageOfTheRecordedSizeIsLinkedWithoutHashingIt() throws {
        let (folder, base, stamp) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        // The digest is wrong on purpose: only the size and the time can have vouched for the page.
        #expect(folder.reusePage("en-US/a.html", digest: "wrong", byteCount: 8, trustedBefore: stamp.modified + 1))
        let linked = try String(contentsOf: folder.staging.appendingPathComponent("en-US/a.html"), encoding: .utf8)
        #expect(linked == "<p>a</p>")
    }

    @Test func aPageAsNewAsTheCacheOrOfAnotherSizeIsHashed() throws {
        let (folder, base, stamp) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        #expect(!folder.reusePage("en-US/a.html", digest: "wrong", byteCount: 8, trustedBefore: stamp.modified))
        #expect(!folder.reusePage("en-US/a.html", digest: "wrong", byteCount: 9, trustedBefore: .max))
        #expect(!folder.reusePage("en-US/a.html", digest: "wrong", byteCount: nil, trustedBefore: .max))
        let digest = StableHasher.digest(Array("<p>a</p>".utf8))
        #expect(folder.reusePage("en-US/a.html", digest: digest, byteCount: 8, trustedBefore: stamp.modified))
    }

    @Test func aPageEditedSinceIsNotReused() throws {
        let (folder, base, stamp) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let digest = StableHasher.digest(Array("<p>a</p>".utf8))
        try Data("<p>edited by hand</p>".utf8).write(to: folder.destination.appendingPathComponent("en-US/a.html"))
        #expect(!folder.reusePage("en-US/a.html", digest: digest, byteCount: 8, trustedBefore: stamp.modified + 1))
        #expect(!folder.reusePage("en-US/a.html", digest: digest, byteCount: 20, trustedBefore: stamp.modified + 1))
    }

    /// A symbolic link in place of the page — even to the very bytes docloc wrote — is not what docloc wrote there.
    @Test func aLinkInPlaceOfThePageIsNotReused() throws {
        let (folder, base, stamp) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let page = folder.destination.appendingPathComponent("en-US/a.html")
        let elsewhere = base.appendingPathComponent("elsewhere.html")
        try FileManager.default.moveItem(at: page, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: page, withDestinationURL: elsewhere)
        let digest = StableHasher.digest(Array("<p>a</p>".utf8))
        #expect(!folder.reusePage("en-US/a.html", digest: digest, byteCount: 8, trustedBefore: stamp.modified + 1))
        #expect(!folder.reusePage("en-US/a.html", digest: digest, byteCount: 8, trustedBefore: 0))
    }
}
