extension String {
    /// The text's words (runs of characters that are not `Character.isWhitespace`) joined by single spaces — the
    /// same as `split(whereSeparator: \.isWhitespace).joined(separator: " ")`, answered on the UTF-8 bytes when
    /// the text is made of `SimpleScalar`s (nearly all prose in the Western European languages).
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

    /// nil when a scalar that is not simple is in the text.
    private static func collapsedSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            guard let scalar = SimpleScalar.at(index, in: bytes) else { return nil }
            if scalar.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + scalar.length]))
            }
            index += scalar.length
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func wordsSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var words: [String] = []
        var start: Int?
        var index = 0
        while index < bytes.count {
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
}
