/// Finds numbers in prose: `2.0`, `90`, `1,000`, `10.000`, `365` — a run of digits with `.` or `,` between
/// digit groups, not glued to a letter or digit before it (`O365` and `x64` are names, not numbers).
enum NumberScanner {
    /// (character offset, number text) pairs; offsets count Unicode scalars, as columns do.
    static func numbers(in text: String) -> [(Int, String)] {
        var text = text
        text.makeContiguousUTF8()
        // Most text runs hold no digit at all: one scan of the bytes answers that (through `String.UTF8View` it
        // was 2% of a build's instructions).
        return text.utf8.withContiguousStorageIfAvailable { bytes in hasDigit(bytes) ? numbers(in: bytes) : [] } ?? []
    }

    private static func hasDigit(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where isDigit(byte) { return true }
        return false
    }

    /// On the bytes: digits, `.` and `,` are ASCII, so only the scalar before a digit run needs decoding.
    private static func numbers(in bytes: UnsafeBufferPointer<UInt8>) -> [(Int, String)] {
        var result: [(Int, String)] = []
        var i = 0
        var offset = 0
        var afterWordCharacter = false
        while i < bytes.count {
            guard isDigit(bytes[i]) else {
                // An ASCII byte is its scalar: no decoding, and a letter or digit is a word character.
                if bytes[i] < 0x80 {
                    afterWordCharacter = bytes[i].isASCIILetter
                    i += 1
                    offset += 1
                    continue
                }
                let (scalar, length) = bytes.scalar(at: i)
                afterWordCharacter = isWordCharacter(scalar)
                i += length
                offset += 1
                continue
            }
            let start = i
            if afterWordCharacter {
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            } else {
                while i < bytes.count {
                    if isDigit(bytes[i]) {
                        i += 1
                    } else if bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ","), i + 1 < bytes.count, isDigit(bytes[i + 1]) {
                        i += 1
                    } else {
                        break
                    }
                }
                result.append((offset, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)))
            }
            // A number ends with a digit (a word character); everything in it is ASCII, a scalar a byte.
            afterWordCharacter = true
            offset += i - start
        }
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
