import Foundation

/// Byte offsets of line starts in a text, to turn cmark's byte columns into character columns.
struct LineIndex: Sendable {
    private let utf8: [UInt8]
    let starts: [Int]
    /// Per line: whether it has a byte beyond ASCII (else its byte columns are its columns).
    let wide: [Bool]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        var starts = [0]
        var wide: [Bool] = []
        // A line at a time: `memchr` finds its end, and its bytes are looked at eight at a time for one beyond ASCII
        // (a byte at a time, this was most of what building the index cost).
        utf8.withUnsafeBufferPointer { bytes in
            var start = 0
            while true {
                let end = Self.lineEnd(in: bytes, from: start)
                wide.append(Self.hasNonASCII(bytes, start..<end))
                guard end < bytes.count else { break }
                start = end + 1
                starts.append(start)
            }
        }
        self.starts = starts
        self.wide = wide
    }

    /// Where the line that starts at `start` ends: its line feed, or the end of the text.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress, let found = memchr(base + start, 0x0A, bytes.count - start) else {
            return bytes.count
        }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private static func hasNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress, !range.isEmpty else { return false }
        let raw = UnsafeRawPointer(base)
        var i = range.lowerBound
        while i + 8 <= range.upperBound {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return true }
            i += 8
        }
        while i < range.upperBound {
            if bytes[i] >= 0x80 { return true }
            i += 1
        }
        return false
    }

    var lineCount: Int { starts.count }

    /// The 1-based character column of the 1-based byte column `byteColumn` on 1-based `line`.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count else { return byteColumn }
        if !wide[line - 1], byteColumn - 1 <= byteLength(line: line) { return byteColumn }
        let start = starts[line - 1]
        let end = min(start + byteColumn - 1, utf8.count)
        guard start < end else { return byteColumn }
        var column = 1
        for i in start..<end where utf8[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// The length in bytes of 1-based `line`, without its line ending.
    func byteLength(line: Int) -> Int {
        guard line >= 1, line <= starts.count else { return 0 }
        let end = line < starts.count ? starts[line] - 1 : utf8.count
        return end - starts[line - 1]
    }

    /// Bytes of container markup and indentation (`>`, spaces, tabs) that start 1-based `line`.
    func indentation(line: Int) -> Int {
        guard line >= 1, line <= starts.count else { return 0 }
        var i = starts[line - 1]
        let end = i + byteLength(line: line)
        while i < end, utf8[i] == UInt8(ascii: " ") || utf8[i] == UInt8(ascii: "\t") || utf8[i] == UInt8(ascii: ">") { i += 1 }
        return i - starts[line - 1]
    }

    /// Whether 1-based `line`, container markup and indentation skipped, is a closing code fence: at least
    /// `length` times `fence` (a backtick or tilde) and nothing after it but spaces and tabs.
    func isClosingFence(line: Int, fence: UInt8, length: Int) -> Bool {
        guard line >= 1, line <= starts.count else { return false }
        var i = starts[line - 1] + indentation(line: line)
        let end = starts[line - 1] + byteLength(line: line)
        var run = 0
        while i < end, utf8[i] == fence {
            run += 1
            i += 1
        }
        while i < end, utf8[i] == UInt8(ascii: " ") || utf8[i] == UInt8(ascii: "\t") { i += 1 }
        return run >= length && i == end
    }

    /// The 1-based line holding byte `offset`.
    func line(ofByte offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }
}
