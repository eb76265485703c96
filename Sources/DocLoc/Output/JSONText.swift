/// JSON written by hand, for output too large to build as one value first: strings escaped exactly as
/// `JSONOutput` (Foundation's `JSONEncoder` with `.withoutEscapingSlashes`) escapes them, so a streamed
/// document is byte-for-byte the one the encoder would have made.
enum JSONText {
    /// `value` as a JSON string literal, quotes included, appended to `out`.
    static func appendQuoted(_ value: String, to out: inout String) {
        out.append("\"")
        var start = value.utf8.startIndex
        var index = start
        let utf8 = value.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                index = utf8.index(after: index)
                continue
            }
            out.append(contentsOf: value[start..<index])
            out.append(escape(byte))
            index = utf8.index(after: index)
            start = index
        }
        out.append(contentsOf: value[start..<index])
        out.append("\"")
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): "\\\""
        case UInt8(ascii: "\\"): "\\\\"
        case 0x08: "\\b"
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0C: "\\f"
        case 0x0D: "\\r"
        default: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
        }
    }
}
