import Foundation
import Testing

/// The tests' scratch folder is gone, with what was written in it, once nothing holds it.
@Suite struct ScratchFolderTests {
    @Test func isRemovedWithItsFilesWhenLetGo() throws {
        var scratch: ScratchFolder? = ScratchFolder("scratch-test")
        let url = try #require(scratch?.url)
        let inner = try #require(try scratch?.folder())
        try Data("x".utf8).write(to: inner.appendingPathComponent("a.txt"))
        try Data("y".utf8).write(to: URL(fileURLWithPath: try #require(scratch?.file("b.html"))))
        #expect(FileManager.default.fileExists(atPath: inner.appendingPathComponent("a.txt").path))
        scratch = nil
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
