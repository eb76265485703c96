import Foundation
import Testing

@testable import DocLoc

/// The spare an incremental build keeps (the site it swapped out) and the next incremental build takes as its
/// staging folder: what it keeps, what it replaces — never writing through a file the published site shares — and
/// what it removes.
@Suite struct OutputFolderSpareTests {
    /// A published site at `base/site` whose manifest lists `a.html`, `x/b.html` and `c`, and a spare beside it.
    struct Setup {
        let base: URL
        var out: String { base.path + "/site" }
        var spare: String { base.path + "/.site.docloc-spare" }
        var content: URL { base.appendingPathComponent("content") }

        init() throws {
            base = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-spare-\(UUID().uuidString)")
            let fm = FileManager.default
            try fm.createDirectory(at: base.appendingPathComponent("content"), withIntermediateDirectories: true)
            for folder in ["site/x", ".site.docloc-spare/x", ".site.docloc-spare/empty/deeper"] {
                try fm.createDirectory(atPath: base.path + "/" + folder, withIntermediateDirectories: true)
            }
            try Self.write(out + "/" + OutputFolder.manifestName, "# files written by docloc build\na.html\nx/b.html\nc\n")
            try Self.write(out + "/a.html", "a, published")
            try Self.write(out + "/x/b.html", "b, published")
            try Self.write(out + "/c", "c, published")
            try Self.write(out + "/mine.txt", "the user's")
            // The spare: a.html is the published file itself (a hard link), x/b.html and c older versions, and
            // what no manifest lists.
            #expect(link(out + "/a.html", spare + "/a.html") == 0)
            try Self.write(spare + "/x/b.html", "b, before")
            try Self.write(spare + "/c", "c, before")
            try Self.write(spare + "/junk.html", "not the site's")
            try Self.write(spare + "/" + BuildCache.fileName, "old cache")
            #expect(symlink("/etc/passwd", spare + "/x/link.html") == 0)
        }

        static func write(_ path: String, _ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }

        func text(_ path: String) -> String? {
            FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        }

        func inode(_ path: String) -> UInt? {
            var info = stat()
            return lstat(path, &info) == 0 ? UInt(info.st_ino) : nil
        }

        func prepare(recycling: Bool = true) throws -> OutputFolder {
            try OutputFolder.prepare(URL(fileURLWithPath: out), content: content, recycling: recycling)
        }
    }

    @Test func theSpareIsTakenAndKeepsOnlyTheFilesThePreviousBuildWrote() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.base) }
        let folder = try setup.prepare()
        #expect(folder.recycled.map { Set($0.paths) } == ["a.html", "x/b.html", "c"])
        // With the inode number the walk read for each: trusted (`recycledDevice`) only where it is the one lstat gives,
        // as on ext4 and tmpfs; a file system that numbers readdir's entries otherwise gets lstat's comparison instead.
        let staging = folder.staging.path
        let walked = DirectoryWalker(within: staging).entries(below: staging).filter { $0.kind == .file }
        var info = stat()
        if !walked.isEmpty, walked.allSatisfy({ UInt($0.inode) == setup.inode(staging + "/" + $0.relativePath) }),
            lstat(staging, &info) == 0
        {
            #expect(folder.recycledDevice == UInt64(info.st_dev))
            folder.recycled?.forEach { path, inode in #expect(UInt(inode) == setup.inode(folder.stagingPath(path)), "\(path)") }
        }
        #expect(!FileManager.default.fileExists(atPath: setup.spare))
        let staged = try FileManager.default.subpathsOfDirectory(atPath: folder.staging.path).sorted()
        #expect(staged == ["a.html", "c", "x", "x/b.html"])
    }

    @Test func theSameFileStaysAndAnotherIsReplacedByALink() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.base) }
        let folder = try setup.prepare()
        let kept = setup.inode(folder.stagingPath("a.html"))
        #expect(folder.place(setup.out + "/a.html", at: "a.html"))
        #expect(setup.inode(folder.stagingPath("a.html")) == kept)
        #expect(folder.place(setup.out + "/x/b.html", at: "x/b.html"))
        #expect(setup.inode(folder.stagingPath("x/b.html")) == setup.inode(setup.out + "/x/b.html"))
        #expect(setup.text(folder.stagingPath("x/b.html")) == "b, published")
    }

    /// Given the published file's identity (as `reusePage` looks it up), a file the spare shares is kept by its
    /// inode number alone, and another is still replaced by a link.
    @Test func aKnownIdentityIsComparedWithTheNumberTheWalkRead() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.base) }
        let folder = try setup.prepare()
        for path in ["a.html", "x/b.html", "c"] {
            let published = setup.out + "/" + path
            let (_, identity) = try #require(FileStamp.identified(path: published, followingLinks: false))
            #expect(folder.place(published, at: path, identity: identity))
            #expect(setup.inode(folder.stagingPath(path)) == setup.inode(published))
            #expect(setup.text(folder.stagingPath(path)) == setup.text(published))
        }
    }

    @Test func writingAFileThePublishedSiteSharesReplacesItInstead() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.base) }
        let folder = try setup.prepare()
        // a.html in the staging folder is the published a.html: written through, it would change the live site.
        try folder.write("a.html", Array("a, new".utf8))
        #expect(setup.text(setup.out + "/a.html") == "a, published")
        #expect(setup.text(folder.stagingPath("a.html")) == "a, new")
        let stream = try StreamWriter(path: folder.stagingPath("x/b.html"))
        try stream.append(utf8Of: "b, streamed")
        try stream.close()
        #expect(setup.text(folder.stagingPath("x/b.html")) == "b, streamed")
    }

    @Test func aFileWhereTheNewSiteHasAFolderGivesWay() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.base) }
        let folder = try setup.prepare()
        try folder.createFolders(for: ["c/d.html"])
        try folder.write("c/d.html", Array("d".utf8))
        #expect(setup.text(folder.stagingPath("c/d.html")) == "d")
        #expect(setup.text(setup.out + "/c") == "c, published")
        // And a folder where the new site has a file.
        try folder.write("x", Array("x".utf8))
        #expect(setup.text(folder.stagingPath("x")) == "x")
    }

    @Test func commitRemovesWhatThisBuildDidNotWriteAndKeepsTheOldSiteAsTheSpare() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.base) }
        let folder = try setup.prepare()
        #expect(folder.place(setup.out + "/a.html", at: "a.html"))
        try folder.createFolders(for: ["c/d.html"])
        try folder.write("c/d.html", Array("d".utf8))
        try folder.commit(written: ["a.html", "c/d.html"])
        let site = try FileManager.default.subpathsOfDirectory(atPath: setup.out).sorted()
        #expect(site == [OutputFolder.manifestName, "a.html", "c", "c/d.html", "mine.txt"])
        #expect(setup.text(setup.out + "/mine.txt") == "the user's")
        // The site swapped out is the next spare, as it was.
        #expect(setup.text(setup.spare + "/x/b.html") == "b, published")
        #expect(setup.inode(setup.spare + "/a.html") == setup.inode(setup.out + "/a.html"))
    }

    @Test func aFullBuildStartsAfreshAndLeavesNoSpare() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.base) }
        let folder = try setup.prepare(recycling: false)
        #expect(folder.recycled == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.staging.path).isEmpty)
        try folder.write("a.html", Array("a, full".utf8))
        try folder.commit(written: ["a.html"])
        #expect(!FileManager.default.fileExists(atPath: setup.spare))
        #expect(setup.text(setup.out + "/a.html") == "a, full")
    }

    @Test func incrementalBuildsOnASpareWriteTheSiteAFullBuildWrites() throws {
        let site = try IncrementalBuildTests.scenario()
        try site.build()
        let spare = OutputFolder.spare(of: site.out).path
        // Each edit is built on the spare the build before kept; a copy of a published page, linked, must keep its
        // bytes however the pages are rewritten.
        let held = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-held-\(UUID().uuidString)").path
        defer { unlink(held) }
        #expect(link(site.out.path + "/nl-NL/b.html", held) == 0)
        let before = FileManager.default.contents(atPath: held)
        for (round, text) in ["Gebruik het nu.", "Gebruik het later.", "Gebruik het nooit."].enumerated() {
            try site.content.write("nl-NL/b.md", "---\ntitle: B nl\n---\n# B nl <a name=\"b\"></a>\n\n## Gebruik <a name=\"usage\"></a>\n\n\(text)\n")
            let result = try site.build(incremental: true)
            #expect(result.renderedPages == 1, "round \(round)")
            #expect(FileManager.default.fileExists(atPath: spare))
            #expect(try site.page("nl-NL/b.html").contains(text))
        }
        #expect(FileManager.default.contents(atPath: held) == before)
        let incremental = try site.snapshot()
        try site.build()
        #expect(try site.snapshot() == incremental)
        #expect(!FileManager.default.fileExists(atPath: spare))
    }

    /// The pid of a process that has exited (and been waited for): no process has it now.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A build that died left its staging folder (pages half written among the site before last): the next build
    /// takes it as the spare when there is none, removes it when there is one, and writes what a full build writes.
    @Test func aDeadBuildsStagingFolderBecomesTheSpareOrIsRemoved() throws {
        for hasSpare in [false, true] {
            let site = try IncrementalBuildTests.scenario()
            try site.build()
            try site.build(incremental: true)
            let spare = OutputFolder.spare(of: site.out).path
            let parent = site.out.deletingLastPathComponent().path
            let abandoned = parent + "/.\(site.out.lastPathComponent).docloc-staging-\(try Self.deadProcessID())"
            if hasSpare {
                #expect(FileManager.default.fileExists(atPath: spare))
                try FileManager.default.copyItem(atPath: site.out.path, toPath: abandoned)
            } else {
                try FileManager.default.moveItem(atPath: spare, toPath: abandoned)
            }
            try Setup.write(abandoned + "/nl-NL/b.html", "half writ")
            // A staging folder whose process lives is another build's, left alone.
            let living = parent + "/.\(site.out.lastPathComponent).docloc-staging-1"
            try FileManager.default.createDirectory(atPath: living, withIntermediateDirectories: false)
            defer { try? FileManager.default.removeItem(atPath: living) }
            try site.content.write("nl-NL/b.md", "---\ntitle: B nl\n---\n# B nl\n\nNieuw.\n")
            try site.build(incremental: true)
            #expect(!FileManager.default.fileExists(atPath: abandoned), "spare: \(hasSpare)")
            #expect(FileManager.default.fileExists(atPath: living))
            #expect(FileManager.default.fileExists(atPath: spare))
            let incremental = try site.snapshot()
            try site.build()
            #expect(try site.snapshot() == incremental, "spare: \(hasSpare)")
        }
    }
}
