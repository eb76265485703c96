/// A unified diff (`diff -u` format) of two texts, line by line, with three lines of context.
public struct UnifiedDiff: Sendable {
    public var oldName: String
    public var newName: String
    public var context: Int

    public init(oldName: String, newName: String, context: Int = 3) {
        self.oldName = oldName
        self.newName = newName
        self.context = context
    }

    /// The diff, or an empty string when the texts have the same lines.
    public func diff(_ old: String, _ new: String) -> String {
        let a = Self.lines(old), b = Self.lines(new)
        let ops = SequenceDiff.diff(a, b)
        let changed = ops.indices.filter { if case .equal = ops[$0] { false } else { true } }
        guard !changed.isEmpty else { return "" }
        // Group changes whose context overlaps into hunks of operation ranges.
        var hunks: [ClosedRange<Int>] = []
        for i in changed {
            let lower = max(0, i - context), upper = min(ops.count - 1, i + context)
            if let last = hunks.last, lower <= last.upperBound + 1 {
                hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, upper)
            } else {
                hunks.append(lower...upper)
            }
        }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        for hunk in hunks {
            var body = ""
            var oldStart: Int?, newStart: Int?
            var oldCount = 0, newCount = 0
            for op in ops[hunk] {
                switch op {
                case .equal(let i, let j):
                    oldStart = oldStart ?? i
                    newStart = newStart ?? j
                    oldCount += 1
                    newCount += 1
                    body += " \(a[i])\n"
                case .delete(let i):
                    oldStart = oldStart ?? i
                    oldCount += 1
                    body += "-\(a[i])\n"
                case .insert(let j):
                    newStart = newStart ?? j
                    newCount += 1
                    body += "+\(b[j])\n"
                }
            }
            let o = Self.position(oldStart, count: oldCount, ops: ops, hunk: hunk, old: true)
            let n = Self.position(newStart, count: newCount, ops: ops, hunk: hunk, old: false)
            out += "@@ -\(o) +\(n) @@\n" + body
        }
        return out
    }

    /// `start,count` as diff writes it: 1-based start, or the line before for an empty range.
    private static func position(_ start: Int?, count: Int, ops: [SequenceDiff.Operation], hunk: ClosedRange<Int>, old: Bool) -> String {
        if let start, count > 0 { return "\(start + 1),\(count)" }
        // Empty side: the number of lines of that side before the hunk.
        var before = 0
        for op in ops[..<hunk.lowerBound] {
            switch op {
            case .equal: before += 1
            case .delete: if old { before += 1 }
            case .insert: if !old { before += 1 }
            }
        }
        return "\(before),0"
    }

    /// Lines without their terminators (CRLF and LF alike); no phantom empty line after a final newline.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
