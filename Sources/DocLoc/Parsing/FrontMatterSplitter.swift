/// Splits a leading `---` … `---` (or `...`) YAML block off an article.
struct FrontMatterSplitter {
    struct Split {
        /// The YAML text between the fences, or nil when there is no (closed) front matter.
        var yaml: String?
        /// The Markdown after the closing fence (or the whole text).
        var body: String
        /// The real file line the body starts at.
        var bodyStartLine: Int
        /// The lines of the opening and closing fences.
        var openLine: Int?
        var closeLine: Int?
        /// Set when an opening fence is never closed.
        var unterminated: Bool = false
    }

    static func split(_ text: String) -> Split {
        let utf8 = text.utf8
        let firstEnd = lineEnd(utf8, from: utf8.startIndex)
        guard isFence(utf8[utf8.startIndex..<firstEnd], closing: false) else {
            return Split(yaml: nil, body: text, bodyStartLine: 1)
        }
        guard firstEnd < utf8.endIndex else {
            return Split(yaml: nil, body: text, bodyStartLine: 1, openLine: 1, unterminated: true)
        }
        // Walk line by line over the bytes; only the YAML and the body are copied, once each.
        var lineStart = utf8.index(after: firstEnd)
        var lineNumber = 1
        while true {
            let end = lineEnd(utf8, from: lineStart)
            lineNumber += 1
            if isFence(utf8[lineStart..<end], closing: true) {
                let yamlStart = utf8.index(after: firstEnd)
                let yamlEnd = lineStart > yamlStart ? utf8.index(before: lineStart) : yamlStart
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : end
                return Split(
                    yaml: String(text[yamlStart..<yamlEnd]), body: String(text[bodyStart...]),
                    bodyStartLine: lineNumber + 1, openLine: 1, closeLine: lineNumber)
            }
            if end == utf8.endIndex { break }
            lineStart = utf8.index(after: end)
        }
        return Split(yaml: nil, body: text, bodyStartLine: 1, openLine: 1, unterminated: true)
    }

    /// The index of the `\n` ending the line that starts at `start`, or the end of the text.
    private static func lineEnd(_ utf8: String.UTF8View, from start: String.Index) -> String.Index {
        utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
    }

    /// `---` (or, closing, `...`), with trailing spaces or tabs allowed.
    private static func isFence(_ line: Substring.UTF8View, closing: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes = bytes.dropLast() }
        guard bytes.count == 3, let first = bytes.first else { return false }
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        return bytes.allSatisfy { $0 == first } && (first == dash || (closing && first == dot))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
