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

    /// The kernel's copy and the buffered one give the same bytes; on Linux the kernel's is the one taken.
    @Test func bothWaysOfCopyingGiveTheSameBytes() throws {
        let folder = try ScenarioContent([:], config: nil)
        let bytes = (0..<1_500_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        try folder.write("source", bytes: bytes)
        for (name, copy) in [("kernel", { (i: Int32, o: Int32) in FileCopier.copyInKernel(from: i, to: o) }),
                             ("buffer", { (i: Int32, o: Int32) in FileCopier.copyByReading(from: i, to: o, size: bytes.count) })] {
            let input = open(folder.url("source").path, O_RDONLY)
            let output = open(folder.url(name).path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            let result = copy(input, output)
            close(input)
            close(output)
            #if os(Linux)
                #expect(result == 0, "\(name)")
            #endif
            if result == 0 { #expect(try [UInt8](Data(contentsOf: folder.url(name))) == bytes, "\(name)") }
        }
    }

    /// A FIFO cannot be copied by the kernel: it is read (non-blocking, so as empty when no one writes to it).
    @Test func aFIFOIsCopiedAsWhatCanBeReadOfIt() throws {
        let folder = try ScenarioContent([:], config: nil)
        #expect(mkfifo(folder.url("pipe").path, 0o600) == 0)
        try FileCopier.copy(fromPath: folder.url("pipe").path, toPath: folder.url("copy").path)
        #expect(try Data(contentsOf: folder.url("copy")).isEmpty)
    }
}
