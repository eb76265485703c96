import Foundation
import Testing
@testable import DocLoc

@Suite struct FileReaderTests {
    @Test func readsTheWholeFile() throws {
        let folder = try ScenarioContent([:], config: nil)
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try folder.write("a.bin", bytes: bytes)
        try folder.write("empty", bytes: [])
        #expect(FileReader.contents(ofPath: folder.url("a.bin").path) == .bytes(bytes))
        #expect(FileReader.contents(ofPath: folder.url("empty").path) == .bytes([]))
    }

    @Test func aFileOverTheLimitIsNotRead() throws {
        let folder = try ScenarioContent([:], config: nil)
        try folder.write("big", bytes: [UInt8](repeating: 0, count: 101))
        #expect(FileReader.contents(ofPath: folder.url("big").path, limit: 100) == .tooLarge(101))
        #expect(FileReader.contents(ofPath: folder.url("big").path, limit: 101) == .bytes([UInt8](repeating: 0, count: 101)))
    }

    @Test func missingFilesAndFoldersAreUnreadable() throws {
        let folder = try ScenarioContent([:], config: nil)
        #expect(FileReader.contents(ofPath: folder.url("missing").path) == .unreadable)
        #expect(FileReader.contents(ofPath: folder.root.path) == .unreadable)
    }

    /// A FIFO named like an article (or a link to one) would block a reader forever: it is not read.
    @Test func aFIFOIsUnreadableWithoutBlocking() throws {
        let folder = try ScenarioContent([:], config: nil)
        #expect(mkfifo(folder.url("pipe.md").path, 0o644) == 0)
        #expect(FileReader.contents(ofPath: folder.url("pipe.md").path) == .unreadable)
    }

    @Test func aSymbolicLinkIsFollowedAndItsTargetMeasured() throws {
        let folder = try ScenarioContent([:], config: nil)
        try folder.write("target", bytes: [UInt8](repeating: 0, count: 500))
        try FileManager.default.createSymbolicLink(atPath: folder.url("link").path, withDestinationPath: folder.url("target").path)
        #expect(FileReader.contents(ofPath: folder.url("link").path, limit: 100) == .tooLarge(500))
    }
}
