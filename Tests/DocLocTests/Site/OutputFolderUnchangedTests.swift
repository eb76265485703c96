import Foundation
import Testing
@testable import DocLoc

/// A file the new site would write with the bytes the published site holds there is linked, not written: the same
/// file (inode) stays; anything changed — bytes, permissions, a symbolic link in its place — is written anew.
@Suite struct OutputFolderUnchangedTests {
    /// A published site holding `en-US/a.html` (mode 644) and `media/p.png`, its content tree, and a fresh staging folder.
    static func folder() throws -> (OutputFolder, URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-unchanged-\(UUID().uuidString)")
        let (content, out) = (base.appendingPathComponent("content"), base.appendingPathComponent("site"))
        let fm = FileManager.default
        for folder in [content.appendingPathComponent("media"), out.appendingPathComponent("en-US"), out.appendingPathComponent("media")] {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Data("<p>a</p>".utf8).write(to: out.appendingPathComponent("en-US/a.html"))
        chmod(out.appendingPathComponent("en-US/a.html").path, 0o644)
        for root in [content, out] { try Data([0x89, 0x50, 0x4E, 0x47]).write(to: root.appendingPathComponent("media/p.png")) }
        let folder = try OutputFolder.prepare(out, content: content)
        try folder.createFolders(for: ["en-US/a.html", "media/p.png"])
        return (folder, base)
    }

    static func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func aFileWithThePublishedBytesIsThePublishedFile() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        try folder.write("en-US/a.html", Array("<p>a</p>".utf8))
        let published = folder.destination.path + "/en-US/a.html"
        #expect(Self.inode(folder.stagingPath("en-US/a.html")) == Self.inode(published))
    }

    /// A file in a folder the staging folder does not have yet (the theme's assets) is linked all the same.
    @Test func aFileInAFolderNotMadeYetIsLinkedToo() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let published = folder.destination.appendingPathComponent("assets/site.js")
        try FileManager.default.createDirectory(at: published.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x()".utf8).write(to: published)
        chmod(published.path, 0o644)
        try folder.write("assets/site.js", Array("x()".utf8))
        #expect(Self.inode(folder.stagingPath("assets/site.js")) == Self.inode(published.path))
    }

    @Test func otherBytesAreWrittenToANewFileAndThePublishedOneIsUntouched() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        // The same length, one byte different.
        try folder.write("en-US/a.html", Array("<p>b</p>".utf8))
        let published = folder.destination.path + "/en-US/a.html"
        #expect(Self.inode(folder.stagingPath("en-US/a.html")) != Self.inode(published))
        #expect(try Self.text(folder.stagingPath("en-US/a.html")) == "<p>b</p>")
        #expect(try Self.text(published) == "<p>a</p>")
    }

    /// A page made private by hand, or one the page's path now names through a symbolic link, is not what a build
    /// writes: the new site gets a file of its own, with docloc's permissions.
    @Test func aPublishedFileWithOtherPermissionsOrASymbolicLinkIsNotLinked() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let published = folder.destination.path + "/en-US/a.html"
        chmod(published, 0o600)
        try folder.write("en-US/a.html", Array("<p>a</p>".utf8))
        #expect(Self.inode(folder.stagingPath("en-US/a.html")) != Self.inode(published))

        let elsewhere = base.appendingPathComponent("elsewhere.html").path
        try Data("<p>a</p>".utf8).write(to: URL(fileURLWithPath: elsewhere))
        chmod(elsewhere, 0o644)
        try FileManager.default.removeItem(atPath: published)
        try FileManager.default.createSymbolicLink(atPath: published, withDestinationPath: elsewhere)
        try FileManager.default.removeItem(atPath: folder.stagingPath("en-US/a.html"))
        try folder.write("en-US/a.html", Array("<p>a</p>".utf8))
        var info = stat()
        #expect(lstat(folder.stagingPath("en-US/a.html"), &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
        #expect(Self.inode(folder.stagingPath("en-US/a.html")) != Self.inode(elsewhere))
    }

    @Test func aCopyOfTheSameBytesIsThePublishedCopyAndAChangedImageIsCopied() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let source = base.appendingPathComponent("content/media/p.png").path
        let published = folder.destination.path + "/media/p.png"
        chmod(published, 0o644)
        chmod(source, 0o644)
        try folder.copy(fromPath: source, to: "media/p.png")
        #expect(Self.inode(folder.stagingPath("media/p.png")) == Self.inode(published))

        try FileManager.default.removeItem(atPath: folder.stagingPath("media/p.png"))
        try Data([0x89, 0x50, 0x4E, 0x48]).write(to: URL(fileURLWithPath: source))
        try folder.copy(fromPath: source, to: "media/p.png")
        #expect(Self.inode(folder.stagingPath("media/p.png")) != Self.inode(published))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.stagingPath("media/p.png"))) == Data([0x89, 0x50, 0x4E, 0x48]))
    }

    /// A file written as a stream into the staging folder (an index page, a search index) is compared once it is
    /// whole: the published file takes its place when the bytes and permissions are the same, never otherwise.
    @Test func aStreamedFileThatCameOutTheSameIsThePublishedFile() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let (staged, published) = (folder.stagingPath("en-US/a.html"), folder.destination.path + "/en-US/a.html")
        try FileWriter.save(Array("<p>a</p>".utf8), toPath: staged)
        chmod(staged, 0o644)
        #expect(folder.keepPublished("en-US/a.html"))
        #expect(Self.inode(staged) == Self.inode(published))
        #expect(folder.keptFiles.value == 1)
        #expect(!FileManager.default.fileExists(atPath: staged + ".docloc-kept"))
        // Already the published file: nothing to do, and not counted twice.
        #expect(folder.keepPublished("en-US/a.html"))
        #expect(folder.keptFiles.value == 1)

        for (bytes, mode) in [("<p>b</p>", 0o644), ("<p>a</p>!", 0o644), ("<p>a</p>", 0o600)] as [(String, mode_t)] {
            try FileManager.default.removeItem(atPath: staged)
            try FileWriter.save(Array(bytes.utf8), toPath: staged)
            chmod(staged, mode)
            #expect(!folder.keepPublished("en-US/a.html"), "\(bytes) \(String(mode, radix: 8))")
            #expect(Self.inode(staged) != Self.inode(published))
            #expect(try Self.text(staged) == bytes)
        }
        #expect(try Self.text(published) == "<p>a</p>")
        #expect(!folder.keepPublished("en-US/missing.html"))
        #expect(folder.keptFiles.value == 1)
    }

    /// Two full builds of the same content: every page of the second is the first one's file; an edited article's
    /// page is a new file with the edit.
    @Test func aFullBuildAgainKeepsTheFilesThatDidNotChange() throws {
        let scenario = try SiteScenario([
            "en-US/a.md": "---\ntitle: A\n---\n# A\n\nText.\n",
            "en-US/b.md": "---\ntitle: B\n---\n# B\n\nText.\n",
        ])
        defer { try? FileManager.default.removeItem(at: scenario.out) }
        try scenario.build()
        let before = try scenario.snapshot()
        let inodes = Dictionary(uniqueKeysWithValues: before.keys.map { ($0, Self.inode(scenario.out.path + "/" + $0)) })
        try scenario.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\nOther text.\n")
        try scenario.build()
        let after = try scenario.snapshot()
        #expect(Set(after.keys) == Set(before.keys))
        #expect(Self.inode(scenario.out.path + "/en-US/a.html") == inodes["en-US/a.html"])
        #expect(Self.inode(scenario.out.path + "/assets/style.css") == inodes["assets/style.css"])
        #expect(Self.inode(scenario.out.path + "/en-US/b.html") != inodes["en-US/b.html"])
        #expect(try scenario.page("en-US/b.html").contains("Other text."))
        // Nothing else is linked to the pages once the site it replaced is gone.
        var info = stat()
        #expect(lstat(scenario.out.path + "/en-US/a.html", &info) == 0 && info.st_nlink == 1)
        // Built again unchanged: every file is the one before, the streamed site-wide ones too (index pages,
        // dashboard, search indexes, sitemap), and the result says so.
        let kept = Dictionary(uniqueKeysWithValues: after.keys.map { ($0, Self.inode(scenario.out.path + "/" + $0)) })
        try scenario.build()
        let result = try #require(scenario.result)
        for path in after.keys.sorted() where !path.hasPrefix(".docloc") {
            #expect(Self.inode(scenario.out.path + "/" + path) == kept[path], "\(path)")
        }
        for path in ["index.html", "en-US/index.html", "translation-status.html", "sitemap.xml", "en-US/search-index.json"] {
            #expect(after[path] != nil, "\(path)")
        }
        #expect(result.keptFiles == result.files.count)
    }
}
