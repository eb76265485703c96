import Foundation
import Testing

@testable import DocLoc

/// `FileWriter.create`, which every file of a site is written through: what stands at the path already is replaced
/// (a file no other name links is written over in place), never written through (it may be a hard link to a published
/// page), and never removed unless it is a file or a link.
@Suite struct FileWriterTests {
    @Test func aFileThereIsReplacedAndItsOtherLinksKeepTheirBytes() throws {
        let folder = try ScenarioContent(["page.html": "published"], config: nil)
        #expect(link(folder.url("page.html").path, folder.url("held.html").path) == 0)
        try FileWriter.save(Array("new".utf8), toPath: folder.url("page.html").path)
        #expect(try String(contentsOf: folder.url("page.html"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: folder.url("held.html"), encoding: .utf8) == "published")
    }

    @Test func aFileOnlyThisNameLinksIsRewrittenInPlace() throws {
        let folder = try ScenarioContent(["page.html": "a longer page than the next one"], config: nil)
        let path = folder.url("page.html").path
        #expect(chmod(path, 0o644) == 0)
        let before = try #require(inode(path))
        try FileWriter.save(Array("new".utf8), toPath: path)
        #expect(try String(contentsOf: folder.url("page.html"), encoding: .utf8) == "new")
        #expect(inode(path) == before)
    }

    /// Written over in place, a file keeps its blocks and is cut to what was written: shorter or longer, through
    /// `save` or a stream, nothing of the old bytes is left.
    @Test func aFileWrittenOverIsCutToWhatWasWritten() throws {
        let old = String(repeating: "old bytes ", count: 20_000)
        let folder = try ScenarioContent(["page.html": old], config: nil)
        let path = folder.url("page.html").path
        #expect(chmod(path, 0o644) == 0)
        let before = try #require(inode(path))
        for text in ["short", String(repeating: "longer ", count: 40_000), "", "x"] {
            try FileWriter.save(Array(text.utf8), toPath: path)
            #expect(try String(contentsOf: folder.url("page.html"), encoding: .utf8) == text)
            #expect(inode(path) == before)
        }
        for pieces in [[old, "tail"], ["a", "b"], [String(repeating: "z", count: 100_000), String(repeating: "y", count: 70_000)], ["q"]] {
            let stream = try StreamWriter(path: path)
            for piece in pieces { try stream.append(utf8Of: piece) }
            try stream.close()
            #expect(try String(contentsOf: folder.url("page.html"), encoding: .utf8) == pieces.joined())
            #expect(inode(path) == before)
        }
    }

    @Test func aFileWithOtherPermissionsIsReplaced() throws {
        let folder = try ScenarioContent(["page.html": "old"], config: nil)
        let path = folder.url("page.html").path
        #expect(chmod(path, 0o600) == 0)
        let before = try #require(inode(path))
        // Held open, the old inode cannot be freed and handed to the new file.
        let held = open(path, O_RDONLY)
        defer { close(held) }
        try FileWriter.save(Array("new".utf8), toPath: path)
        #expect(try String(contentsOf: folder.url("page.html"), encoding: .utf8) == "new")
        #expect(inode(path) != before)
    }

    @Test func aSymbolicLinkThereIsReplacedNotFollowed() throws {
        let folder = try ScenarioContent(["target.txt": "kept"], config: nil)
        #expect(symlink(folder.url("target.txt").path, folder.url("page.html").path) == 0)
        try FileWriter.save(Array("new".utf8), toPath: folder.url("page.html").path)
        #expect(try String(contentsOf: folder.url("target.txt"), encoding: .utf8) == "kept")
        var info = stat()
        #expect(lstat(folder.url("page.html").path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
        #expect(try String(contentsOf: folder.url("page.html"), encoding: .utf8) == "new")
    }

    @Test func aFolderThereIsAnError() throws {
        let folder = try ScenarioContent(["dir/inside.txt": "x"], config: nil)
        #expect(FileWriter.create(folder.url("dir").path) == -1)
        #expect(errno == EISDIR)
        #expect(FileManager.default.fileExists(atPath: folder.url("dir/inside.txt").path))
    }

    @Test func aDeviceIsOpenedAsItIs() throws {
        #if os(Linux)
            let fd = FileWriter.create("/dev/null")
            #expect(fd >= 0)
            if fd >= 0 { close(fd) }
            var info = stat()
            #expect(lstat("/dev/null", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR)
        #endif
    }

    private func inode(_ path: String) -> ino_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_ino : nil
    }
}
