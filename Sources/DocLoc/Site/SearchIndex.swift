import Foundation

/// The per-locale search index: `search-index.json` for tools and servers, and `search-index.js`, the same
/// data assigned to `window.doclocSearchIndex`, which a `<script src>` loads even from `file://`.
public struct SearchIndex: Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        public var title: String
        /// Output path from the site root (`nl-NL/admin/x.html`).
        public var url: String
        public var headings: [String]
        /// The start of the article's text.
        public var text: String
    }

    public static let textLimit = 1_500

    public var entries: [Entry]

    public static func entry(for article: Article, url: String) -> Entry {
        let headings = article.sections.filter { $0.level > 1 }.map { HTMLWriter.xmlSafe($0.title) }
        var text = ""
        for block in article.blocks {
            // Counted on the first scalars alone while they are simple (`hasCharacters(atLeast:)`).
            if text.hasCharacters(atLeast: textLimit) { break }
            if case .codeBlock = block.kind { continue }
            text += block.plainText + " "
        }
        return Entry(
            title: HTMLWriter.xmlSafe(article.title.isEmpty ? url : article.title), url: url, headings: headings,
            text: HTMLWriter.xmlSafe(text.collapsingWhitespace().characterPrefix(textLimit)))
    }

    public func json() -> [UInt8] {
        Array((try? Self.encoder().encode(entries)) ?? Data("[]".utf8))
    }

    /// The index as a script. `<` is written as `\u003c` so no `</script>` can appear in it.
    public func script() -> [UInt8] {
        Self.scriptPrefix + Self.scriptSafe(json()) + Self.scriptSuffix
    }

    /// One entry as the index writes it (the index is `[` + entries joined by `,` + `]`).
    /// Written by hand — the bytes `JSONEncoder` writes with sorted keys and unescaped slashes (`encoded(_:)`),
    /// which cost 67,000 instructions an entry (4% of rendering a page).
    static func json(_ entry: Entry) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entry.text.utf8.count + entry.title.utf8.count + entry.url.utf8.count + 64)
        out.append(contentsOf: #"{"headings":["#.utf8)
        for (i, heading) in entry.headings.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendJSONString(heading, to: &out)
        }
        out.append(contentsOf: #"],"text":"#.utf8)
        appendJSONString(entry.text, to: &out)
        out.append(contentsOf: #","title":"#.utf8)
        appendJSONString(entry.title, to: &out)
        out.append(contentsOf: #","url":"#.utf8)
        appendJSONString(entry.url, to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// One entry as `JSONEncoder` writes it: what `json(_:)` must equal.
    static func encoded(_ entry: Entry) -> [UInt8] {
        Array((try? encoder().encode(entry)) ?? Data("{}".utf8))
    }

    /// A JSON string as `JSONEncoder` writes it: `"` and `\` escaped, C0 controls as `\b \t \n \f \r` or `\u00xx`,
    /// everything else (slashes, U+007F, beyond ASCII) as it is.
    private static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.makeContiguousUTF8()
        out.append(UInt8(ascii: "\""))
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // Bytes that need no escape are copied a run at a time.
            var run = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                switch byte {
                case 0x08: out.append(contentsOf: #"\b"#.utf8)
                case 0x09: out.append(contentsOf: #"\t"#.utf8)
                case 0x0A: out.append(contentsOf: #"\n"#.utf8)
                case 0x0C: out.append(contentsOf: #"\f"#.utf8)
                case 0x0D: out.append(contentsOf: #"\r"#.utf8)
                case 0x00..<0x20:
                    out.append(contentsOf: #"\u00"#.utf8)
                    out.append(byte < 0x10 ? UInt8(ascii: "0") : UInt8(ascii: "1"))
                    let low = byte & 0x0F
                    out.append(low < 10 ? 0x30 + low : 0x57 + low)
                default:
                    out.append(UInt8(ascii: "\\"))
                    out.append(byte)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    static let scriptPrefix = Array("window.doclocSearchIndex = ".utf8)
    static let scriptSuffix = Array(";\n".utf8)

    /// JSON bytes with `<` written as `\u003c`.
    static func scriptSafe(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "<")) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte == UInt8(ascii: "<") { out += Array("\\u003c".utf8) } else { out.append(byte) }
        }
        return out
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
