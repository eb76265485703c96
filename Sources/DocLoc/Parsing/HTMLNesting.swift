/// Raw HTML nested deeper than libxml2 will go, flattened so that its text is kept.
///
/// Why: libxml2's HTML parser stops descending at 256 elements (255 inside the `<body>` a fragment is parsed in)
/// and drops what lies deeper: a block of 256 nested `<div>`s lost its text, and `docloc check` said nothing. The
/// elements below `limit` are cut out of the fragment before libxml2 reads it — their start and end tags, not
/// their text — as deep Markdown quotes and lists are flattened (`CommonMarkConverter.maximumDepth`), and the
/// parser warns (`nesting-too-deep`).
///
/// A light scan, not a parser (as `HTMLTagScanner`): start tags count unless void (`<br>`) or self-closed (`<x/>`),
/// an end tag closes the innermost open element of its name (and those inside it; one that closes nothing is
/// left alone), comments and the text of `<script>`, `<style>`, `<textarea>` and `<title>` are skipped.
enum HTMLNesting {
    /// Well below libxml2's 255, for the elements docloc's theme puts around an article's HTML.
    static let limit = 200

    /// Where (the scalar offset of its `<`) the first element deeper than `limit` starts, or nil.
    static func firstTooDeep(in html: String, limit: Int = limit) -> Int? {
        guard mayBeTooDeep(html, limit: limit) else { return nil }
        var found: Int?
        scan(html, limit: limit) { range in
            if found == nil { found = range.lowerBound }
        }
        guard let found else { return nil }
        return html.utf8.prefix(found).count { $0 & 0xC0 != 0x80 }
    }

    /// `html` with the start and end tags of every element deeper than `limit` cut out (their content kept); the
    /// same string when nothing is that deep.
    static func flattened(_ html: String, limit: Int = limit) -> String {
        guard mayBeTooDeep(html, limit: limit) else { return html }
        var cuts: [Range<Int>] = []
        scan(html, limit: limit) { cuts.append($0) }
        guard !cuts.isEmpty else { return html }
        let bytes = Array(html.utf8)
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var from = 0
        for cut in cuts {
            kept += bytes[from..<cut.lowerBound]
            from = cut.upperBound
        }
        kept += bytes[from...]
        return String(decoding: kept, as: UTF8.self)
    }

    /// Fewer `<` than `limit`: nothing can be that deep (almost every fragment; no scan).
    private static func mayBeTooDeep(_ html: String, limit: Int) -> Bool {
        var count = 0
        for byte in html.utf8 where byte == UInt8(ascii: "<") {
            count += 1
            if count > limit { return true }
        }
        return false
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    private static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    /// Calls `cut` with the byte range of each start or end tag of an element deeper than `limit`, in order.
    private static func scan(_ html: String, limit: Int, cut: (Range<Int>) -> Void) {
        let bytes = Array(html.utf8)
        // The open elements: name, and whether its tags are cut; and how many of each name are open, so that an end
        // tag that closes nothing is passed over without a search (100,000 of them under 100,000 open elements).
        var open: [(name: String, cut: Bool)] = []
        var openByName: [String: Int] = [:]
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else {
                i += 1
                continue
            }
            let start = i
            if bytes[i + 1] == UInt8(ascii: "!") {
                // A comment runs to `-->`; a declaration or CDATA to the next `>`.
                let isComment = i + 3 < bytes.count && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
                i = isComment ? (find(Array("-->".utf8), in: bytes, from: i + 4).map { $0 + 3 } ?? bytes.count) : endOfTag(bytes, from: i)
                continue
            }
            let closing = bytes[i + 1] == UInt8(ascii: "/")
            let nameStart = i + (closing ? 2 : 1)
            var nameEnd = nameStart
            while nameEnd < bytes.count, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            guard nameEnd > nameStart, bytes[nameStart].isASCIILetter else {
                i += 1
                continue
            }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
            let end = endOfTag(bytes, from: nameEnd)
            if closing {
                if openByName[name, default: 0] > 0, let index = open.lastIndex(where: { $0.name == name }) {
                    if open[index].cut { cut(start..<end) }
                    for element in open[index...] { openByName[element.name, default: 0] -= 1 }
                    open.removeSubrange(index...)
                }
                i = end
                continue
            }
            let selfClosed = end >= 2 && bytes[end - 2] == UInt8(ascii: "/")
            if !voidElements.contains(name), !selfClosed {
                let tooDeep = open.count >= limit
                open.append((name, tooDeep))
                openByName[name, default: 0] += 1
                if tooDeep { cut(start..<end) }
            } else if open.count >= limit {
                cut(start..<end)
            }
            i = end
            if rawTextElements.contains(name), !selfClosed {
                // Its text may hold `<`: up to its end tag, which the next round reads. Too deep, it goes whole (its
                // text is code, or a title), end tag and all.
                let close = find(Array("</\(name)".utf8), in: bytes, from: i, caseInsensitive: true) ?? bytes.count
                if open.last?.cut == true {
                    let through = close < bytes.count ? endOfTag(bytes, from: close + 2 + name.utf8.count) : bytes.count
                    cut(end..<through)
                    open.removeLast()
                    openByName[name, default: 0] -= 1
                    i = through
                } else {
                    i = close
                }
            }
        }
    }

    /// Just past the `>` that ends the tag whose name ends at `from` (quoted attribute values may hold `>`).
    private static func endOfTag(_ bytes: [UInt8], from: Int) -> Int {
        var i = from
        var quote: UInt8?
        while i < bytes.count {
            let byte = bytes[i]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return i + 1
            }
            i += 1
        }
        return bytes.count
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int, caseInsensitive: Bool = false) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            var matches = true
            for (k, byte) in needle.enumerated() {
                let other = bytes[i + k]
                if other != byte, !(caseInsensitive && other | 0x20 == byte | 0x20 && byte.isASCIILetter) {
                    matches = false
                    break
                }
            }
            if matches { return i }
            i += 1
        }
        return nil
    }
}
