/// Byte offsets of line starts in a text, to turn cmark's byte columns into character columns.
struct LineIndex: Sendable {
    private let utf8: [UInt8]
    private let starts: [Int]
    /// Per line: whether it has a byte beyond ASCII (else its byte columns are its columns).
    private let wide: [Bool]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        var starts = [0]
        var wide: [Bool] = []
        var lineIsWide = false
        for (i, byte) in utf8.enumerated() {
            if byte == UInt8(ascii: "\n") {
                starts.append(i + 1)
                wide.append(lineIsWide)
                lineIsWide = false
            } else if byte >= 0x80 {
                lineIsWide = true
            }
        }
        wide.append(lineIsWide)
        self.starts = starts
        self.wide = wide
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
