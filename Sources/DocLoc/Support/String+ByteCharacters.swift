import Foundation

extension StringProtocol {
    /// Whether every UTF-8 byte of the text is a character of its own: ASCII without a carriage return (`CR LF` is
    /// one `Character`). Such a text can be searched and split on its bytes with the same answers as on its
    /// characters, at a fraction of the cost (a `Character` step walks Unicode's grapheme rules).
    var isByteCharacters: Bool {
        utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// Where `needle`'s bytes first stand in the text's bytes (for a text whose bytes are its characters, where
    /// each is also a character range). A plain scan: the standard library's `firstRange(of:)` builds a searcher
    /// with its own arrays on every call, which costs more than the whole search here.
    func firstByteRange(of needle: String) -> Range<Index>? {
        let bytes = utf8
        guard let first = needle.utf8.first else { return startIndex..<startIndex }
        var from = bytes.startIndex
        while let candidate = bytes[from...].firstIndex(of: first) {
            var end = candidate
            var matched = true
            for byte in needle.utf8 {
                guard end != bytes.endIndex, bytes[end] == byte else {
                    matched = false
                    break
                }
                end = bytes.index(after: end)
            }
            if matched { return candidate..<end }
            from = bytes.index(after: candidate)
        }
        return nil
    }

    /// `range(of:)` — Foundation's answer, nil for an empty needle — searched on the bytes when the text's bytes
    /// are its characters.
    func quickRange(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        return isByteCharacters ? firstByteRange(of: needle) : range(of: needle)
    }
}

extension String {
    /// `String(prefix(count))`: the first `count` characters, cut on the bytes where `simpleCharacters` can tell.
    func characterPrefix(_ count: Int) -> String {
        // A text has no more characters than bytes.
        if utf8.count <= count { return self }
        var text = self
        text.makeContiguousUTF8()
        guard let (end, _) = text.simpleCharacters(count) else { return String(prefix(count)) }
        return String(decoding: text.utf8.prefix(end), as: UTF8.self)
    }

    /// `count >= minimum`, looking at no more than the first `minimum` scalars where `simpleCharacters` can tell:
    /// `count` walks the whole text by grapheme rules.
    func hasCharacters(atLeast minimum: Int) -> Bool {
        if minimum <= 0 { return true }
        if utf8.count < minimum { return false }
        var text = self
        text.makeContiguousUTF8()
        return text.simpleCharacters(minimum)?.reached ?? (count >= minimum)
    }

    /// Where the first `count` characters end in the bytes (the end of the text when it has fewer) and whether
    /// there were that many, read on the UTF-8 bytes: nil unless every scalar up to there, and the one after, is a
    /// `SimpleScalar` (a character of its own; a carriage return, which joins a line feed, is not taken as one).
    private func simpleCharacters(_ count: Int) -> (end: Int, reached: Bool)? {
        utf8.withContiguousStorageIfAvailable { bytes -> (end: Int, reached: Bool)? in
            var index = 0
            var taken = 0
            while index < bytes.count {
                guard let scalar = SimpleScalar.at(index, in: bytes), scalar.value != 0x0D else { return nil }
                if taken == count { return (index, true) }
                taken += 1
                index += scalar.length
            }
            return (index, taken == count)
        } ?? nil
    }
}

extension UInt8 {
    /// `A`–`Z`, `a`–`z`: the ASCII bytes whose characters are `isLetter`.
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }

    /// The value of a hex digit, either case (`0`–`9`, `a`–`f`, `A`–`F`); nil for any other byte.
    var hexDigitValue: UInt8? {
        switch self {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): self - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): self - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): self - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The Unicode scalar that starts at `index` of valid UTF-8 (a Swift string's bytes), and its length in bytes.
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for k in 1..<length { value = value << 6 | UInt32(self[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
