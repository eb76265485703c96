extension String {
    /// The text's words (runs of characters that are not `Character.isWhitespace`) joined by single spaces — the
    /// same as `split(whereSeparator: \.isWhitespace).joined(separator: " ")`, answered on the UTF-8 bytes unless a
    /// scalar that is not a `SimpleScalar` is whitespace or touches whitespace (nearly all prose in the Western
    /// European languages, arrows, symbols and emoji in it included).
    func collapsingWhitespace() -> String {
        var text = self
        text.makeContiguousUTF8()
        if let collapsed = text.utf8.withContiguousStorageIfAvailable(Self.collapsedSimple) ?? nil { return collapsed }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Lowercased words: runs of letters and apostrophes (`'`, `’`), as
    /// `lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }`.
    func lowercasedWords() -> [String] {
        var lower = lowercased()
        lower.makeContiguousUTF8()
        if let words = lower.utf8.withContiguousStorageIfAvailable(Self.wordsSimple) ?? nil { return words }
        return lower.split { !($0.isLetterQuick || $0 == "'" || $0 == "’") }.map { String($0) }
    }

    /// On the bytes: every simple scalar is its own character, and a scalar that is not simple (which may join a
    /// neighbour into one character: a combining mark, a joiner, a prepended sign) is copied as it is — unless it
    /// is whitespace or stands next to whitespace, where only Swift's grapheme rules can tell the characters
    /// apart: then nil.
    private static func collapsedSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var afterWhitespace = false
        var afterComplex = false
        // The word being read (bytes copied a word at a time).
        var wordStart: Int?
        var index = 0
        while index < bytes.count {
            // Most bytes are printable ASCII (`!`…`~`): a simple scalar that is not whitespace, passed over in a
            // tight loop with what the general step below would set.
            if bytes[index] > 0x20, bytes[index] < 0x7F {
                if wordStart == nil { wordStart = index }
                afterWhitespace = false
                afterComplex = false
                index += 1
                while index < bytes.count, bytes[index] > 0x20, bytes[index] < 0x7F { index += 1 }
                continue
            }
            guard let scalar = SimpleScalar.at(index, in: bytes) else {
                let (complex, length) = bytes.scalar(at: index)
                guard !afterWhitespace, !complex.properties.isWhitespace else { return nil }
                if wordStart == nil { wordStart = index }
                afterComplex = true
                index += length
                continue
            }
            if scalar.isWhitespace {
                if afterComplex { return nil }
                if let start = wordStart {
                    if pendingSpace { out.append(0x20) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                    wordStart = nil
                }
                pendingSpace = !out.isEmpty
                afterWhitespace = true
            } else {
                if wordStart == nil { wordStart = index }
                afterWhitespace = false
            }
            afterComplex = false
            index += scalar.length
        }
        if let start = wordStart {
            if pendingSpace { out.append(0x20) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func wordsSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var start: Int?
        var index = 0
        while index < bytes.count {
            // A run of ASCII letters and apostrophes in a tight loop: what the general step below does for each.
            if Self.isASCIIWordByte(bytes[index]) {
                if start == nil { start = index }
                index += 1
                while index < bytes.count, Self.isASCIIWordByte(bytes[index]) { index += 1 }
                continue
            }
            guard let scalar = SimpleScalar.at(index, in: bytes) else { return nil }
            if scalar.isLetter || scalar.value == 0x27 || scalar.value == 0x2019 {
                if start == nil { start = index }
            } else if let from = start {
                words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<index]), as: UTF8.self))
                start = nil
            }
            index += scalar.length
        }
        if let from = start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<index]), as: UTF8.self)) }
        return words
    }

    /// `A`–`Z`, `a`–`z` and `'`: the ASCII bytes `wordsSimple` keeps in a word.
    @inline(__always)
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte == 0x27
    }
}
