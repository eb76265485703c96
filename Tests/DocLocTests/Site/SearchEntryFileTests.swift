import Foundation
import Testing
@testable import DocLoc

/// `SearchEntryFile`: an entry is the same bytes whether the file is held whole or read a range at a time, and a
/// range the file does not have, or a file that is not the size the cache recorded, gives nothing.
@Suite struct SearchEntryFileTests {
    static let bytes = Array("{\"a\":1}{\"b\":\"ünï\"}{}".utf8)

    /// The entries' file, in a folder removed when the folder goes.
    func file() throws -> (ScenarioContent, String) {
        let folder = try ScenarioContent([:], config: nil)
        let path = folder.url("search").path
        try Data(Self.bytes).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test(arguments: [0, Int.max]) func entriesAreTheirBytesHeldWholeOrNot(wholeLimit: Int) throws {
        let (folder, path) = try file()
        defer { withExtendedLifetime(folder) {} }
        let entries = try #require(SearchEntryFile(path: path, size: Self.bytes.count, wholeLimit: wholeLimit))
        #expect(entries.entry(0..<7) == Array(Self.bytes[0..<7]))
        #expect(entries.entry(7..<(Self.bytes.count - 2)) == Array(Self.bytes[7..<(Self.bytes.count - 2)]))
        #expect(entries.entry((Self.bytes.count - 2)..<Self.bytes.count) == Array("{}".utf8))
        #expect(entries.entry(3..<3) == [])
        #expect(entries.entry(5..<(Self.bytes.count + 1)) == nil)
    }

    @Test func aFileOfAnotherSizeIsNotTheCachesFile() throws {
        let (folder, path) = try file()
        defer { withExtendedLifetime(folder) {} }
        #expect(SearchEntryFile(path: path, size: Self.bytes.count + 1) == nil)
        #expect(SearchEntryFile(path: folder.url("missing").path, size: 0) == nil)
    }
}
