/// Writes polyglot HTML5 into a byte buffer: every text and attribute value is escaped, characters XML 1.0
/// forbids are dropped, and void elements are self-closed (`<br/>`), so libxml2's XML parser reads the result.
public struct HTMLWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The elements HTML5 defines as void: written as `<name/>`, never with an end tag.
    public static let voidElements: Set<String> = ["br", "img", "hr", "col", "wbr", "meta", "link", "input", "source"]

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Text content, escaped.
    public mutating func text(_ text: String) {
        Self.escape(text, into: &bytes, attribute: false)
    }

    /// A start tag; attributes are written in the order given, values escaped.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        startTag(name, attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    public mutating func close(_ name: String) {
        append("</")
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// A void element: `<br/>`, `<img src="…"/>`.
    public mutating func void(_ name: String, _ attributes: [(String, String)] = []) {
        startTag(name, attributes)
        append("/>")
    }

    /// An element holding only text.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Markup docloc wrote itself (a newline, a constant tag). Never pass content through here.
    public mutating func append(_ trusted: StaticString) {
        trusted.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func append(_ other: HTMLWriter) {
        bytes.append(contentsOf: other.bytes)
    }

    private mutating func append(_ name: String) {
        bytes.append(contentsOf: name.utf8)
    }

    private mutating func startTag(_ name: String, _ attributes: [(String, String)]) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for (key, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            append(key)
            append("=\"")
            Self.escape(value, into: &bytes, attribute: true)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Escapes `&`, `<`, `>` (and `"` in attributes) and drops code points XML 1.0 does not allow
    /// (C0 controls other than tab, newline and carriage return; U+FFFE and U+FFFF).
    public static func escape(_ text: String, into out: inout [UInt8], attribute: Bool) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { escape($0, into: &out, attribute: attribute) }
    }

    /// Bytes that need no escaping are copied a run at a time.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], attribute: Bool) {
        var runStart = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            // Everything from 0x20 up except & < > " and EF (which may start U+FFFE / U+FFFF) is copied as is.
            if byte >= 0x20, byte != UInt8(ascii: "&"), byte != UInt8(ascii: "<"), byte != UInt8(ascii: ">"),
                byte != UInt8(ascii: "\""), byte != 0xEF {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            i += 1
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): if attribute { out.append(contentsOf: "&quot;".utf8) } else { out.append(byte) }
            case 0x09, 0x0A, 0x0D: out.append(attribute ? 0x20 : byte)
            case 0xEF:
                // U+FFFE / U+FFFF are EF BF BE / EF BF BF.
                if i + 1 < bytes.count, bytes[i] == 0xBF, bytes[i + 1] == 0xBE || bytes[i + 1] == 0xBF {
                    i += 2
                } else {
                    out.append(byte)
                }
            default: break  // other C0 controls are dropped
            }
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
    }

    /// `text` escaped as a String (for values handed to templates).
    public static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        escape(text, into: &out, attribute: true)
        return String(decoding: out, as: UTF8.self)
    }
}

extension HTMLWriter {
    /// `text` without the code points XML 1.0 forbids, unescaped: for values a template escapes itself.
    public static func xmlSafe(_ text: String) -> String {
        guard !isXMLSafe(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: text.unicodeScalars.filter(isXMLCharacter))
        return String(result)
    }

    /// Whether every scalar of `text` is an XML character, read on the UTF-8 bytes (a scalar at a time, this was 1%
    /// of a build's instructions): C0 controls but tab, line feed and carriage return are single bytes below 0x20,
    /// and U+FFFE / U+FFFF are EF BF BE / EF BF BF.
    static func isXMLSafe(_ text: String) -> Bool {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x20 {
                    guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { return false }
                } else if byte == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBF, bytes[i + 2] >= 0xBE {
                    return false
                }
                i += 1
            }
            return true
        } ?? !text.unicodeScalars.contains { !isXMLCharacter($0) }
    }

    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
