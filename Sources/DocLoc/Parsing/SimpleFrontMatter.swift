/// Front matter of the plain shape nearly every article has — `key: value` lines and keys followed by `- item`
/// lines — read without Yams, as Yams reads it; nil for anything else, which Yams then reads (and reports on).
///
/// Yams builds a node tree, marks and all, for every article: 370,000 instructions for the ~20 lines of a real
/// corpus article's front matter, 9% of a full build. This reader takes only what it is sure of, line by line:
/// - a key of letters, digits and `_ . - /` (not starting with `-`), at the start of its line, then `:`;
/// - after it, nothing (then `- item` lines, all at one indent, make a list; none: null), a plain scalar,
///   or a quoted one without escapes (`"…"` without `\` or `"`, `'…'` without `'`), then only spaces;
/// - a plain scalar that starts with no indicator (`-?:,[]{}#&*!|>'"%@` and backquote) and holds no `: ` or ` #`,
///   nor ends with `:`;
/// - empty lines; no tab, carriage return, byte-order mark, other line break or character YAML does not print;
///   no key twice.
/// Plain `~`, `null`, `Null`, `NULL` and an empty value are null, as `FrontMatterParser` has them.
enum SimpleFrontMatter {
    /// The entries, with `firstLine` the real file line of the YAML's first line; nil: not this shape.
    static func entries(_ yaml: String, firstLine: Int, maximumNodes: Int) -> [FrontMatter.Entry]? {
        guard yaml.unicodeScalars.allSatisfy(isAllowed) else { return nil }
        var entries: [FrontMatter.Entry] = []
        var keys: Set<String> = []
        var open: (key: String, line: Int, items: [FrontMatterValue], indent: Int?)?
        var nodes = 0
        func close() {
            guard let list = open else { return }
            entries.append(.init(key: list.key, value: list.items.isEmpty ? .null : .list(list.items), line: list.line))
            open = nil
        }
        var offset = 0
        for line in yaml.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            defer { offset += 1 }
            if line.isEmpty { continue }
            let indent = line.prefix { $0 == UInt8(ascii: " ") }.count
            // A line of spaces only is left to Yams.
            guard indent < line.count else { return nil }
            if line[line.index(line.startIndex, offsetBy: indent)] == UInt8(ascii: "-") {
                // A list item, only under a key whose value is empty, all at the indent of the first.
                let rest = line.dropFirst(indent + 1)
                guard open != nil, rest.first == UInt8(ascii: " "), open?.indent == nil || open?.indent == indent,
                    let value = scalar(rest.dropFirst())
                else { return nil }
                open?.indent = indent
                open?.items.append(value)
                nodes += 1
                continue
            }
            guard indent == 0, let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let keyBytes = line[..<colon]
            guard isKey(keyBytes) else { return nil }
            close()
            let key = String(decoding: keyBytes, as: UTF8.self)
            guard keys.insert(key).inserted else { return nil }
            let after = line[line.index(after: colon)...]
            let lineNumber = firstLine + offset
            nodes += 2
            if after.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                open = (key, lineNumber, [], nil)
                continue
            }
            guard after.first == UInt8(ascii: " "), let value = scalar(after.dropFirst()) else { return nil }
            entries.append(.init(key: key, value: value, line: lineNumber))
        }
        close()
        return nodes <= maximumNodes ? entries : nil
    }

    /// A value after `: ` or `- `: plain or quoted, then only spaces; nil when it is anything else.
    private static func scalar(_ text: Substring.UTF8View.SubSequence) -> FrontMatterValue? {
        let value = text.drop { $0 == UInt8(ascii: " ") }
        var end = value.endIndex
        while end > value.startIndex, value[value.index(before: end)] == UInt8(ascii: " ") { end = value.index(before: end) }
        let trimmed = value[..<end]
        guard let first = trimmed.first else { return nil }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            let inner = trimmed.dropFirst()
            guard let close = inner.firstIndex(of: first), inner.index(after: close) == inner.endIndex else { return nil }
            let content = inner[..<close]
            if first == UInt8(ascii: "\""), content.contains(UInt8(ascii: "\\")) { return nil }
            return .scalar(String(decoding: content, as: UTF8.self))
        }
        guard !indicators.contains(first), trimmed.last != UInt8(ascii: ":") else { return nil }
        var previous: UInt8 = 0
        for byte in trimmed {
            if previous == UInt8(ascii: ":"), byte == UInt8(ascii: " ") { return nil }
            if previous == UInt8(ascii: " "), byte == UInt8(ascii: "#") { return nil }
            previous = byte
        }
        let string = String(decoding: trimmed, as: UTF8.self)
        return ["~", "null", "Null", "NULL"].contains(string) ? .null : .scalar(string)
    }

    private static func isKey(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        guard let first = bytes.first, first != UInt8(ascii: "-"), bytes.count <= 128 else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"):
                true
            default: false
            }
        }
    }

    /// The characters that cannot start a plain scalar (or start something other than one).
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// Printable as YAML has it, less tab, carriage return, the byte-order mark and the characters libyaml also takes
    /// for line breaks (U+0085, U+2028, U+2029), all of which the reader leaves to Yams.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
