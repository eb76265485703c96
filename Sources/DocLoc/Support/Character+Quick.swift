extension Character {
    /// `isLetter`, answered without Swift's Unicode property tables for ASCII characters (where the letters are
    /// exactly `A`–`Z` and `a`–`z`).
    var isLetterQuick: Bool {
        if let ascii = asciiValue { return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A }
        return isLetter
    }

    /// `isNumber`, answered without Swift's Unicode property tables for ASCII characters (where the numbers are
    /// exactly `0`–`9`).
    var isNumberQuick: Bool {
        if let ascii = asciiValue { return ascii >= 0x30 && ascii <= 0x39 }
        return isNumber
    }
}
