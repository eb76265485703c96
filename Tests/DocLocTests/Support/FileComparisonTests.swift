import Foundation
import Testing
@testable import DocLoc

/// Comparing a file with bytes, or with another file, a chunk at a time: equal only when every byte and the length match.
@Suite struct FileComparisonTests {
    /// Writes `bytes` to a new temporary file and opens it for reading.
    static func opened(_ bytes: [UInt8]) throws -> (Int32, URL) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-compare-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        let fd = open(url.path, O_RDONLY)
        try #require(fd >= 0)
        return (fd, url)
    }

    static func holds(_ file: [UInt8], _ bytes: [UInt8]) throws -> Bool {
        let (fd, url) = try opened(file)
        defer { close(fd); try? FileManager.default.removeItem(at: url) }
        return bytes.withUnsafeBytes { FileComparison.file(fd, holds: $0) }
    }

    static func same(_ a: [UInt8], _ b: [UInt8]) throws -> Bool {
        let (left, leftURL) = try opened(a)
        let (right, rightURL) = try opened(b)
        defer {
            close(left)
            close(right)
            try? FileManager.default.removeItem(at: leftURL)
            try? FileManager.default.removeItem(at: rightURL)
        }
        return FileComparison.files(left, right)
    }

    @Test func aFileHoldsExactlyItsBytes() throws {
        let page = Array("<p>a</p>".utf8)
        #expect(try Self.holds(page, page))
        #expect(try Self.holds([], []))
        #expect(try !Self.holds(page, Array("<p>b</p>".utf8)))
        #expect(try !Self.holds(page, Array("<p>a</p>\n".utf8)))
        #expect(try !Self.holds(page + [0x0A], page))
        #expect(try !Self.holds(page, []))
        #expect(try !Self.holds([], page))
    }

    /// Larger than one chunk (64 KB): a difference in any chunk, or one byte more at the very end, is found.
    @Test func aLargeFileIsComparedChunkByChunk() throws {
        let large = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        #expect(try Self.holds(large, large))
        var changed = large
        changed[150_000] ^= 1
        #expect(try !Self.holds(large, changed))
        #expect(try !Self.holds(large + [1], large))
        #expect(try !Self.holds(large, Array(large.prefix(1 << 16))))
    }

    @Test func twoFilesAreTheSameWhenEveryByteAndTheLengthMatch() throws {
        let large = (0..<140_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(try Self.same(large, large))
        #expect(try Self.same([], []))
        var changed = large
        changed[139_999] ^= 1
        #expect(try !Self.same(large, changed))
        #expect(try !Self.same(large, large + [0]))
        #expect(try !Self.same(large + [0], large))
        #expect(try !Self.same([], [0]))
        #expect(try !Self.same(Array(large.prefix(1 << 16)), large))
    }
}
