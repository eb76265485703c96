/// Heading slugs as GitHub and DocFX make them: lowercase, punctuation and markup dropped, spaces to `-`;
/// a repeated slug gets `-1`, `-2`, … in document order.
public struct Slugger: Sendable {
    private var counts: [String: Int] = [:]

    public init() {}

    /// The slug of a heading's text, without the repeat suffix.
    public static func slug(_ text: String) -> String {
        // Bytes, not `unicodeScalars.append` (a few hundred instructions a scalar).
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                    result.append(byte)
                } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                    result.append(UInt8(ascii: "-"))
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil,
                let encoded = UTF8.encode(scalar) {
                result.append(contentsOf: encoded)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The slug of the next heading, with `-N` when an earlier heading had the same slug.
    public mutating func next(_ text: String) -> String {
        let base = Self.slug(text.trimmingSpaces)
        guard var n = counts[base] else {
            counts[base] = 0
            return base
        }
        var candidate: String
        repeat {
            n += 1
            candidate = "\(base)-\(n)"
        } while counts[candidate] != nil
        counts[base] = n
        counts[candidate] = 0
        return candidate
    }
}

extension String {
    /// The text without leading and trailing `Character.isWhitespace` characters. A text that starts and ends with
    /// an ASCII byte that is not whitespace is returned as it is (an ASCII scalar there is its character's first
    /// scalar — only `CR LF` joins ASCII scalars, and it is whitespace), without a copy.
    var trimmingSpaces: String {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
            !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last) {
            return self
        }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII `Character.isWhitespace`.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
