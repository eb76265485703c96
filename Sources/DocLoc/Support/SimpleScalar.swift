/// A Unicode scalar that is always a character of its own, whatever stands around it: below U+0300 (ASCII and the
/// Latin letters of the Western European languages) and the general punctuation U+2000–U+206F (`’`, `–`, `…`)
/// except the two joiners U+200C and U+200D. No such scalar extends or prepends to its neighbour, so a text made
/// only of them can be read scalar by scalar on its UTF-8 bytes and still answer exactly as Swift's characters
/// do (`CR LF` is one character, but whitespace and not a letter either way). Anything else: use `Character`.
struct SimpleScalar {
    var value: UInt32
    /// UTF-8 bytes: 1, 2 or 3.
    var length: Int

    /// The simple scalar that starts at `index` of valid UTF-8, or nil when the scalar there is not simple.
    @inline(__always)
    static func at(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SimpleScalar? {
        let lead = bytes[index]
        if lead < 0x80 { return SimpleScalar(value: UInt32(lead), length: 1) }
        // C2–CB: U+0080–U+02FF.
        if lead >= 0xC2, lead <= 0xCB {
            return SimpleScalar(value: UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), length: 2)
        }
        guard lead == 0xE2 else { return nil }
        let second = bytes[index + 1]
        guard second == 0x80 || second == 0x81 else { return nil }
        let value = 0x2000 | UInt32(second & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        guard value < 0x2070, value != 0x200C, value != 0x200D else { return nil }
        return SimpleScalar(value: value, length: 3)
    }

    /// `Character.isWhitespace` of this scalar's character.
    var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: true
        default: false
        }
    }

    /// `Character.isLetter` of this scalar's character, from a table made with `Character.isLetter` itself.
    var isLetter: Bool {
        value < 0x300 ? Self.letters[Int(value)] : false
    }

    private static let letters: [Bool] = (0..<0x300).map { Character(Unicode.Scalar(UInt32($0))!).isLetter }
}
