/// Path arithmetic for the site: content paths (`en-US/admin/x.md`) and output paths (`en-US/admin/x.html`)
/// are `/`-separated and relative to their root; every URL a page writes is relative to the page, so the site
/// works opened from disk and under any base path.
public enum SitePath {
    /// `reference` (relative, percent-encoded as written) resolved against the folder of `file`, with `.` and
    /// `..` folded; nil when it climbs above the root.
    public static func resolve(_ reference: String, against file: String) -> String? {
        ContentPath.resolve(percentDecoded(reference), against: ContentPath.folder(of: file)).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The URL that leads from the page at `page` to `target`, both output paths; percent-encoded.
    public static func relativeURL(from page: String, to target: String) -> String {
        if let url = asciiRelativeURL(from: page, to: target) { return url }
        let from = page.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let down = to[common...].map { percentEncoded(String($0)) }
        let url = (up + down).joined(separator: "/")
        // A first segment with a colon would be read as a scheme (`javascript:alert(1).html`): RFC 3986 §4.2.
        return url.prefix { $0 != "/" }.contains(":") ? "./" + url : url
    }

    /// `relativeURL` on the UTF-8 bytes of two ASCII paths (where every byte is a character); nil otherwise.
    private static func asciiRelativeURL(from page: String, to target: String) -> String? {
        var page = page
        var target = target
        page.makeContiguousUTF8()
        target.makeContiguousUTF8()
        return page.utf8.withContiguousStorageIfAvailable { from in
            target.utf8.withContiguousStorageIfAvailable { to in asciiRelativeURL(from: from, to: to) } ?? nil
        } ?? nil
    }

    private static func asciiRelativeURL(from page: UnsafeBufferPointer<UInt8>, to target: UnsafeBufferPointer<UInt8>) -> String? {
        guard page.allSatisfy({ $0 < 0x80 }), target.allSatisfy({ $0 < 0x80 }) else { return nil }
        let from = segments(page).dropLast()
        let to = segments(target)
        var common = 0
        while common < from.count, common < to.count - 1,
            page[from[from.startIndex + common]].elementsEqual(target[to[common]]) {
            common += 1
        }
        var url: [UInt8] = []
        url.reserveCapacity(target.count + 3 * (from.count - common))
        for _ in common..<from.count { url.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "."), slash]) }
        for segment in to[common...] {
            percentEncode(target[segment], into: &url)
            url.append(slash)
        }
        if !url.isEmpty { url.removeLast() }
        let scheme = url.prefix { $0 != slash }.contains(UInt8(ascii: ":"))
        return (scheme ? "./" : "") + String(decoding: url, as: UTF8.self)
    }

    /// `/`, as a constant: a `static let` is a `swift_once` check at each use (25 a call here).
    private static var slash: UInt8 { 0x2F }

    /// The byte ranges of the non-empty `/`-separated segments.
    private static func segments(_ path: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(8)
        var start = 0
        for i in 0...path.count where i == path.count || path[i] == slash {
            if i > start { result.append(start..<i) }
            start = i + 1
        }
        return result
    }

    /// The prefix that leads from the page at `page` to the site root: `""`, `"../"`, `"../../"`.
    public static func rootPrefix(of page: String) -> String {
        // Its non-empty segments counted on the bytes (splitting the string's characters was 20,000 instructions a page).
        var segments = 0
        var previous = UInt8(ascii: "/")
        for byte in page.utf8 {
            if byte != UInt8(ascii: "/"), previous == UInt8(ascii: "/") { segments += 1 }
            previous = byte
        }
        return String(repeating: "../", count: max(segments - 1, 0))
    }

    /// `admin/x.md` → `admin/x.html`.
    public static func htmlPath(for markdownPath: String) -> String {
        guard markdownPath.lowercased().hasSuffix(".md") else { return markdownPath + ".html" }
        return String(markdownPath.dropLast(3)) + ".html"
    }

    /// `en-US/admin/x.md` → (`en-US`, `admin/x.md`).
    public static func splitLocale(_ contentPath: String) -> (locale: String, rest: String) {
        guard let slash = contentPath.firstIndex(of: "/") else { return (contentPath, "") }
        return (String(contentPath[..<slash]), String(contentPath[contentPath.index(after: slash)...]))
    }

    public static func percentDecoded(_ text: String) -> String {
        // On the bytes: `String.contains("%")` is Foundation's substring search (9,000 instructions a link).
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        let utf8 = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "%"), i + 2 < utf8.count, let value = hexByte(utf8[i + 1], utf8[i + 2]) {
                bytes.append(value)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte two characters after a `%` stand for, as `UInt8(_:radix: 16)` reads them (a sign included).
    private static func hexByte(_ high: UInt8, _ low: UInt8) -> UInt8? {
        if let h = high.hexDigitValue, let l = low.hexDigitValue { return h << 4 | l }
        guard high == UInt8(ascii: "+") || high == UInt8(ascii: "-") else { return nil }
        return UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
    }

    /// Percent-encodes what may not stand in a URL path segment (spaces, `#`, `?`, `%`, non-ASCII).
    public static func percentEncoded(_ segment: String) -> String {
        // Byte by byte through a table: this runs for every link of every page, index and sitemap entry.
        guard segment.utf8.contains(where: { !isUnreserved($0) }) else { return segment }
        var result: [UInt8] = []
        result.reserveCapacity(segment.utf8.count + 16)
        percentEncode(segment.utf8, into: &result)
        return String(decoding: result, as: UTF8.self)
    }

    private static func percentEncode(_ bytes: some Sequence<UInt8>, into result: inout [UInt8]) {
        for byte in bytes {
            if isUnreserved(byte) {
                result.append(byte)
            } else {
                result.append(UInt8(ascii: "%"))
                result.append(hexDigit(byte >> 4))
                result.append(hexDigit(byte & 0x0F))
            }
        }
    }

    /// `0`–`9`, `A`–`F` for 0…15.
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x37 + nibble
    }

    /// Each segment of a path percent-encoded, joined by `/` (empty segments dropped); a path of plain ASCII
    /// segments is its own encoding and comes back as it is.
    public static func percentEncodedPath(_ path: String) -> String {
        let slash = UInt8(ascii: "/")
        var previous = slash
        let plain = path.utf8.allSatisfy { byte in
            defer { previous = byte }
            return byte == slash ? previous != slash : isUnreserved(byte)
        }
        if plain, path.utf8.last != slash { return path }
        return path.split(separator: "/").map { percentEncoded(String($0)) }.joined(separator: "/")
    }

    /// ASCII letters, digits and `-._~!$&'()*+,;=:@`: what a path segment keeps as it is.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        // A switch, not a table: a `static let` table was a `swift_once` check for every byte of every URL.
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"):
            true
        default: false
        }
    }
}
