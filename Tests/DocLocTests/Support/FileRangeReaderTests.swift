import Foundation
import Testing
@testable import DocLoc

@Suite struct FileRangeReaderTests {
    @Test func readsRangesAndRefusesWhatIsNotThere() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-range-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("0123456789".utf8).write(to: URL(fileURLWithPath: path))
        let reader = try #require(FileRangeReader(path: path))
        #expect(reader.size == 10)
        #expect(reader.read(2..<5) == Array("234".utf8))
        #expect(reader.read(0..<10) == Array("0123456789".utf8))
        #expect(reader.read(4..<4) == [])
        #expect(reader.read(8..<12) == nil)
        #expect(FileRangeReader(path: path + "-missing") == nil)
        #expect(FileRangeReader(path: FileManager.default.temporaryDirectory.path) == nil)
    }

    /// A FIFO where a file was is not opened for reading (it would wait for a writer).
    @Test func aFIFOIsNotARegularFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-range-fifo-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(mkfifo(path, 0o600) == 0)
        #expect(FileRangeReader(path: path) == nil)
    }
}
