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
            // A text has no more characters than bytes: count characters only once the bytes reach the limit.
            if text.utf8.count >= textLimit, text.count >= textLimit { break }
            if case .codeBlock = block.kind { continue }
            text += block.plainText + " "
        }
        let collapsed = text.collapsingWhitespace()
        return Entry(
            title: HTMLWriter.xmlSafe(article.title.isEmpty ? url : article.title), url: url, headings: headings,
            text: HTMLWriter.xmlSafe(collapsed.characterPrefix(textLimit)))
    }

    public func json() -> [UInt8] {
        Array((try? Self.encoder().encode(entries)) ?? Data("[]".utf8))
    }

    /// The index as a script. `<` is written as `\u003c` so no `</script>` can appear in it.
    public func script() -> [UInt8] {
        Self.scriptPrefix + Self.scriptSafe(json()) + Self.scriptSuffix
    }

    /// One entry as the index writes it (the index is `[` + entries joined by `,` + `]`).
    static func json(_ entry: Entry) -> [UInt8] {
        Array((try? encoder().encode(entry)) ?? Data("{}".utf8))
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
