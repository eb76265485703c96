/// Finds numbers in prose: `2.0`, `90`, `1,000`, `10.000`, `365` — a run of digits with `.` or `,` between
/// digit groups, not glued to a letter or digit before it (`O365` and `x64` are names, not numbers).
enum NumberScanner {
    /// (character offset, number text) pairs; offsets count Unicode scalars, as columns do.
    static func numbers(in text: String) -> [(Int, String)] {
        // Most text runs hold no digit at all: one byte scan answers that.
        guard text.utf8.contains(where: isDigit) else { return [] }
        var result: [(Int, String)] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            guard isDigit(scalars[i]) else {
                i += 1
                continue
            }
            if i > 0, isWordCharacter(scalars[i - 1]) {
                while i < scalars.count, isDigit(scalars[i]) { i += 1 }
                continue
            }
            let start = i
            while i < scalars.count {
                if isDigit(scalars[i]) {
                    i += 1
                } else if scalars[i] == "." || scalars[i] == ",", i + 1 < scalars.count, isDigit(scalars[i + 1]) {
                    i += 1
                } else {
                    break
                }
            }
            var number = ""
            number.unicodeScalars.append(contentsOf: scalars[start..<i])
            result.append((start, number))
        }
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
