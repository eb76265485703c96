import Foundation
import Testing

@testable import DocLoc

/// `DirectoryExchange`: two folders change places in one step, or nothing changes.
@Suite struct DirectoryExchangeTests {
    @Test func twoFoldersChangePlaces() throws {
        let base = try ScenarioContent(["new/index.html": "new site", "out/index.html": "old site", "out/mine.txt": "x"], config: nil)
        #if os(Linux)
            #expect(DirectoryExchange.exchange(base.url("new").path, base.url("out").path))
            #expect(try String(contentsOf: base.url("out/index.html"), encoding: .utf8) == "new site")
            #expect(try String(contentsOf: base.url("new/index.html"), encoding: .utf8) == "old site")
            #expect(FileManager.default.fileExists(atPath: base.url("new/mine.txt").path))
        #endif
    }

    @Test func aMissingFolderChangesNothing() throws {
        let base = try ScenarioContent(["new/index.html": "new site"], config: nil)
        #expect(!DirectoryExchange.exchange(base.url("new").path, base.url("out").path))
        #expect(try String(contentsOf: base.url("new/index.html"), encoding: .utf8) == "new site")
        #expect(!FileManager.default.fileExists(atPath: base.url("out").path))
    }
}
