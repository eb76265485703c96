import Foundation
import Testing
@testable import DocLoc

/// Pieces written through the buffer and pieces larger than it (written straight to the file) come out in order,
/// and the buffer stays its own size.
@Suite struct StreamWriterTests {
    @Test func smallAndLargePiecesArriveInOrder() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-stream-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let large = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        var expected: [UInt8] = []
        let writer = try StreamWriter(path: path)
        try writer.append(Array("head ".utf8))
        expected += Array("head ".utf8)
        try large.withUnsafeBytes { try writer.append($0) }
        expected += large
        try Array("middle".utf8).withUnsafeBytes { try writer.append($0) }
        expected += Array("middle".utf8)
        try large.withUnsafeBytes { try writer.append($0) }
        expected += large
        // Through the collection overload: an array and a slice go straight to the file; a piece without
        // contiguous storage goes through the buffer.
        try writer.append(large)
        expected += large
        try writer.append(large[7..<250_007])
        expected += large[7..<250_007]
        try writer.append(repeatElement(UInt8(9), count: 100_000))
        expected += repeatElement(UInt8(9), count: 100_000)
        try writer.append(Array(" tail".utf8))
        expected += Array(" tail".utf8)
        #expect(writer.bufferCapacity < 200_000)
        try writer.close()
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    /// A full disk: the last write fails, and the file is closed all the same (no descriptor left open per page).
    @Test func aFailedLastWriteStillClosesTheFile() throws {
        #if os(Linux)
            // Descriptors open on /dev/full (no other test opens it; tests run in parallel).
            let openOnDevFull = {
                ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).count { fd in
                    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/" + fd)) == "/dev/full"
                }
            }
            let writer = try StreamWriter(path: "/dev/full")
            #expect(openOnDevFull() == 1)
            try writer.append(Array("a page that does not fit".utf8))
            #expect(throws: FileWriter.Failure.self) { try writer.close() }
            #expect(openOnDevFull() == 0)
        #endif
    }
}
