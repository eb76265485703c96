/// A light scan of raw HTML for the start tags and attributes docloc needs to know about before rendering
/// (anchors, link and image targets). Not a parser: the renderer re-parses raw HTML with libxml2.
///
/// It reads the UTF-8 bytes: every delimiter it looks for is ASCII, and no byte of a multi-byte scalar is ASCII,
/// so only a tag name's letters need their scalar decoded.
struct HTMLTagScanner {
    struct Tag {
        var name: String
        var attributes: [String: String]
        /// Unicode-scalar offset of `<` in the scanned text.
        var offset: Int
    }

    static func startTags(in html: String) -> [Tag] {
        var html = html
        html.makeContiguousUTF8()
        return html.utf8.withContiguousStorageIfAvailable(startTags) ?? []
    }

    private static func startTags(in bytes: UnsafeBufferPointer<UInt8>) -> [Tag] {
        var tags: [Tag] = []
        // Scalars before `counted`, to turn a byte position into a scalar offset without a second pass.
        var counted = 0
        var scalarsBefore = 0
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count, letterLength(at: i + 1, in: bytes) > 0 else {
                i += 1
                continue
            }
            while counted < i {
                if bytes[counted] & 0xC0 != 0x80 { scalarsBefore += 1 }
                counted += 1
            }
            let start = scalarsBefore
            i += 1
            let nameStart = i
            while i < bytes.count {
                if (0x30...0x39).contains(bytes[i]) {
                    i += 1
                } else {
                    let length = letterLength(at: i, in: bytes)
                    guard length > 0 else { break }
                    i += length
                }
            }
            let name = text(bytes, nameStart..<i)
            var attributes: [String: String] = [:]
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
                if isSpaceOrSlash(bytes[i]) {
                    i += 1
                    continue
                }
                let keyStart = i
                while i < bytes.count, !isSpaceOrSlash(bytes[i]), bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">") {
                    i += 1
                }
                let keyEnd = i
                var value = ""
                if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                        let quote = bytes[i]
                        i += 1
                        let valueStart = i
                        while i < bytes.count, bytes[i] != quote { i += 1 }
                        value = text(bytes, valueStart..<i)
                        i += 1
                    } else {
                        let valueStart = i
                        while i < bytes.count, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                        value = text(bytes, valueStart..<i)
                    }
                }
                if keyStart == keyEnd {
                    i += 1
                } else {
                    let key = text(bytes, keyStart..<keyEnd).lowercased()
                    if attributes[key] == nil { attributes[key] = value }
                }
            }
            tags.append(Tag(name: name.lowercased(), attributes: attributes, offset: start))
            i += 1
        }
        return tags
    }

    /// The byte length of the scalar at `index` when it is a letter (ASCII `A`–`Z`, `a`–`z`, or an alphabetic
    /// scalar beyond ASCII); 0 otherwise.
    private static func letterLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return lead.isASCIILetter ? 1 : 0 }
        let (scalar, length) = bytes.scalar(at: index)
        return scalar.properties.isAlphabetic ? length : 0
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
    }

    private static func isSpaceOrSlash(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/")
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
