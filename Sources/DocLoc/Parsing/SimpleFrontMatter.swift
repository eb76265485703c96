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
/// Unquoted values are null or text by `FrontMatterParser.plain`, as Yams' are.
enum SimpleFrontMatter {
    /// The entries, with `firstLine` the real file line of the YAML's first line; nil: not this shape.
    static func entries(_ yaml: String, firstLine: Int, maximumNodes: Int) -> [FrontMatter.Entry]? {
        var yaml = yaml
        let (entries, ascii) = yaml.withUTF8 { read($0, firstLine: firstLine, maximumNodes: maximumNodes) }
        // Past ASCII, every scalar must be one YAML prints (the bytes said only that they are not control bytes).
        guard let entries, ascii || yaml.unicodeScalars.allSatisfy(isAllowed) else { return nil }
        return entries
    }

    /// The entries of UTF-8 `bytes`, and whether they are all ASCII.
    private static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int, maximumNodes: Int
    ) -> (entries: [FrontMatter.Entry]?, ascii: Bool) {
        var ascii = true
        for byte in bytes {
            if byte >= 0x80 {
                ascii = false
            } else if byte < 0x20 && byte != 0x0A || byte == 0x7F {
                return (nil, ascii)
            }
        }
        var entries: [FrontMatter.Entry] = []
        var keys: Set<String> = []
        var open: (key: String, line: Int, items: [FrontMatterValue], indent: Int?)?
        var nodes = 0
        func close() {
            guard let list = open else { return }
            entries.append(.init(key: list.key, value: list.items.isEmpty ? .null : .list(list.items), line: list.line))
            open = nil
        }
        var (start, offset) = (0, 0)
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { (start, offset) = (end + 1, offset + 1) }
            if start == end { continue }
            var at = start
            while at < end, bytes[at] == 0x20 { at += 1 }
            // A line of spaces only is left to Yams.
            guard at < end else { return (nil, ascii) }
            let indent = at - start
            if bytes[at] == UInt8(ascii: "-") {
                // A list item, only under a key whose value is empty, all at the indent of the first.
                guard open != nil, at + 1 < end, bytes[at + 1] == 0x20, open?.indent == nil || open?.indent == indent,
                    let value = scalar(bytes, (at + 2)..<end)
                else { return (nil, ascii) }
                open?.indent = indent
                open?.items.append(value)
                nodes += 1
                continue
            }
            guard indent == 0, let colon = (start..<end).first(where: { bytes[$0] == UInt8(ascii: ":") }),
                isKey(bytes, start..<colon)
            else { return (nil, ascii) }
            close()
            let key = text(bytes, start..<colon)
            guard keys.insert(key).inserted else { return (nil, ascii) }
            nodes += 2
            let lineNumber = firstLine + offset
            if (colon + 1..<end).allSatisfy({ bytes[$0] == 0x20 }) {
                open = (key, lineNumber, [], nil)
                continue
            }
            guard bytes[colon + 1] == 0x20, let value = scalar(bytes, (colon + 2)..<end) else { return (nil, ascii) }
            entries.append(.init(key: key, value: value, line: lineNumber))
        }
        close()
        return (nodes <= maximumNodes ? entries : nil, ascii)
    }

    /// A value after `: ` or `- `: plain or quoted, then only spaces; nil when it is anything else.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> FrontMatterValue? {
        var (lower, upper) = (range.lowerBound, range.upperBound)
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        guard lower < upper else { return nil }
        let first = bytes[lower]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            // The closing quote is the last byte, and the only other one.
            guard upper - lower >= 2, bytes[upper - 1] == first else { return nil }
            for at in (lower + 1)..<(upper - 1) where bytes[at] == first || first == UInt8(ascii: "\"") && bytes[at] == UInt8(ascii: "\\") {
                return nil
            }
            return .scalar(text(bytes, (lower + 1)..<(upper - 1)))
        }
        guard !isIndicator(first), bytes[upper - 1] != UInt8(ascii: ":") else { return nil }
        for at in (lower + 1)..<upper {
            let (previous, byte) = (bytes[at - 1], bytes[at])
            if previous == UInt8(ascii: ":"), byte == 0x20 { return nil }
            if previous == 0x20, byte == UInt8(ascii: "#") { return nil }
        }
        return FrontMatterParser.plain(text(bytes, lower..<upper))
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private static func isKey(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, bytes[range.lowerBound] != UInt8(ascii: "-"), range.count <= 128 else { return false }
        return range.allSatisfy { at in
            switch bytes[at] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "/"):
                true
            default: false
            }
        }
    }

    /// The characters that cannot start a plain scalar (or start something other than one): `-?:,[]{}#&*!|>'"%@` and
    /// backquote.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
            UInt8(ascii: "`"):
            true
        default: false
        }
    }

    /// Printable as YAML has it, less tab, carriage return, the byte-order mark and the characters libyaml also takes
    /// for line breaks (U+0085, U+2028, U+2029), all of which the reader leaves to Yams.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
