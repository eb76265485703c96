import Foundation
import Testing
@testable import DocLoc

@Suite struct FileCopierTests {
    /// Bytes (more than one chunk) and permission bits, as `FileManager.copyItem` copies them.
    @Test func copiesBytesAndPermissions() throws {
        let folder = try ScenarioContent([:], config: nil)
        let bytes = (0..<2_500_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        try folder.write("image.png", bytes: bytes)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: folder.url("image.png").path)
        try FileCopier.copy(fromPath: folder.url("image.png").path, toPath: folder.url("copy.png").path)
        #expect(try [UInt8](Data(contentsOf: folder.url("copy.png"))) == bytes)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.url("copy.png").path)[.posixPermissions] as? Int
        #expect(mode == 0o444)
    }

    /// A recycled staging folder may hold a hard link to the published site's copy: it is replaced, not written
    /// through.
    @Test func anExistingTargetIsReplacedNotWrittenThrough() throws {
        let folder = try ScenarioContent(["a": "new", "b": "old"], config: nil)
        #expect(link(folder.url("b").path, folder.url("published").path) == 0)
        try FileCopier.copy(fromPath: folder.url("a").path, toPath: folder.url("b").path)
        #expect(try String(contentsOf: folder.url("b"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: folder.url("published"), encoding: .utf8) == "old")
    }

    @Test func aMissingSourceFailsAndLeavesNoTarget() throws {
        let folder = try ScenarioContent([:], config: nil)
        #expect(throws: FileWriter.Failure.self) { try FileCopier.copy(fromPath: folder.url("missing").path, toPath: folder.url("b").path) }
        #expect(!FileManager.default.fileExists(atPath: folder.url("b").path))
        // A folder opens but cannot be read: the half-made copy is removed.
        #expect(throws: FileWriter.Failure.self) { try FileCopier.copy(fromPath: folder.root.path, toPath: folder.url("c").path) }
        #expect(!FileManager.default.fileExists(atPath: folder.url("c").path))
    }
}
