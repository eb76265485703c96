import Foundation
import Testing
@testable import DocLoc

/// The previous site set aside after a build goes completely — nested folders, hidden files, empty folders — while
/// what its links point to stays; a file that appears after the walk is removed too.
@Suite struct TreeRemovalTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-remove-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func write(_ text: String, at path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test func removesEverythingButNotWhatLinksPointTo() throws {
        let outside = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: outside) }
        try write("kept", at: "target.txt", in: outside)
        try write("kept too", at: "folder/inner.txt", in: outside)
        let root = try temporaryFolder()
        for index in 0..<40 { try write("page \(index)", at: "en-US/part-\(index % 4)/page-\(index).html", in: root) }
        try write("", at: ".nojekyll", in: root)
        try write("hidden", at: ".hidden/deep/.file", in: root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty/also-empty"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("en-US/link.txt").path, withDestinationPath: outside.appendingPathComponent("target.txt").path)
        try FileManager.default.createSymbolicLink(
            atPath: root.appendingPathComponent("folder-link").path, withDestinationPath: outside.appendingPathComponent("folder").path)
        TreeRemoval.remove(root.path)
        #expect(!FileManager.default.fileExists(atPath: root.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("target.txt"), encoding: .utf8) == "kept")
        #expect(try String(contentsOf: outside.appendingPathComponent("folder/inner.txt"), encoding: .utf8) == "kept too")
    }

    @Test func removesWhatAppearedAfterTheWalk() throws {
        let root = try temporaryFolder()
        try write("a", at: "a/b/c.html", in: root)
        let entries = DirectoryWalker(within: root.path, includesHidden: true).entries(below: root.path)
        try write("late", at: "a/b/late.html", in: root)
        try write("late", at: "new/late.html", in: root)
        TreeRemoval.remove(root.path, entries: entries)
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }

    @Test func aMissingFolderIsNothingToDo() {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-absent-\(UUID().uuidString)")
        TreeRemoval.remove(root.path)
        #expect(!FileManager.default.fileExists(atPath: root.path))
    }
}
