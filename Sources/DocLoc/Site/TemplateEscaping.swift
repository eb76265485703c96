import Mustache

/// How `{{value}}` is escaped in every docloc template: `<`, `>`, `&`, `"` and `'` become `&lt;`, `&gt;`, `&amp;`,
/// `&quot;` and `&#39;` — swift-mustache's HTML escaping, done on the UTF-8 bytes instead of one dictionary lookup
/// per character (it was 5–9% of a build). One difference, on purpose: a `<` or `&` that a combining mark follows
/// forms one character with it, which swift-mustache leaves unescaped; here every such byte is escaped.
///
/// `Theme` registers it and starts every template with `{{% CONTENT_TYPE: DOCLOC_HTML}}`, the only way
/// swift-mustache offers to change a template's escaping.
struct TemplateEscaping: MustacheContentType {
    static let name = "DOCLOC_HTML"
    /// What `Theme` puts before every template's text (on its first line, so line numbers stay the same).
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    static func register() {
        MustacheContentTypes.register(TemplateEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        var text = text
        guard text.withUTF8({ $0.contains(where: Self.needsEscaping) }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        Self.escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The escaping appended to a page's bytes (`TemplateProgram`; `escapeText` for swift-mustache).
    static func escape(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where needsEscaping(byte) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch byte {
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                default: out.append(contentsOf: "&#39;".utf8)
                }
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }
}
