/// Finds numbers in prose: `2.0`, `90`, `1,000`, `10.000`, `365` — a run of digits with `.` or `,` between
/// digit groups, not glued to a letter before it (`O365` and `x64` are names, not numbers).
enum NumberScanner {
    /// (character offset, number text) pairs.
    static func numbers(in text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            guard chars[i].isASCII, chars[i].isNumber else {
                i += 1
                continue
            }
            if i > 0, chars[i - 1].isLetter || chars[i - 1].isNumber {
                while i < chars.count, chars[i].isNumber { i += 1 }
                continue
            }
            let start = i
            while i < chars.count {
                if chars[i].isASCII, chars[i].isNumber {
                    i += 1
                } else if chars[i] == "." || chars[i] == ",", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isNumber {
                    i += 1
                } else {
                    break
                }
            }
            result.append((start, String(chars[start..<i])))
        }
        return result
    }
}
