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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first, closing: false) else {
            return Split(yaml: nil, body: text, bodyStartLine: 1)
        }
        lines = lines.dropFirst()
        var lineNumber = 1
        var yamlLines: [Substring] = []
        for line in lines {
            lineNumber += 1
            if isFence(line, closing: true) {
                let body = lines.dropFirst(yamlLines.count + 1).joined(separator: "\n")
                return Split(
                    yaml: yamlLines.joined(separator: "\n"), body: body, bodyStartLine: lineNumber + 1,
                    openLine: 1, closeLine: lineNumber)
            }
            yamlLines.append(line)
        }
        return Split(yaml: nil, body: text, bodyStartLine: 1, openLine: 1, unterminated: true)
    }

    private static func isFence(_ line: Substring, closing: Bool) -> Bool {
        let trimmed = line.trimmingTrailingSpaces
        return trimmed == "---" || (closing && trimmed == "...")
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
