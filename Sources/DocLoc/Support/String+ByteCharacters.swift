extension StringProtocol {
    /// Whether every UTF-8 byte of the text is a character of its own: ASCII without a carriage return (`CR LF` is
    /// one `Character`). Such a text can be searched and split on its bytes with the same answers as on its
    /// characters, at a fraction of the cost (a `Character` step walks Unicode's grapheme rules).
    var isByteCharacters: Bool {
        utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }
}

extension UInt8 {
    /// `A`–`Z`, `a`–`z`: the ASCII bytes whose characters are `isLetter`.
    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }
}
