/// A fast test on UTF-8 bytes of whether a text may contain a term, to skip slower exact searches.
/// Never answers `false` for a text that contains the term.
public enum ByteSearch {
    public static func mayContain(_ text: String, _ term: String, caseSensitive: Bool = true) -> Bool {
        let needle = Array(term.utf8)
        guard !needle.isEmpty else { return true }
        // Case folding is only done for ASCII; a term with other bytes is left to the exact search.
        if !caseSensitive, needle.contains(where: { $0 >= 0x80 }) { return true }
        let fold: (UInt8) -> UInt8 = caseSensitive ? { $0 } : { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let pattern = needle.map(fold)
        var text = text
        return text.withUTF8 { hay in
            guard hay.count >= pattern.count else { return false }
            let first = pattern[0]
            var i = 0
            let last = hay.count - pattern.count
            while i <= last {
                if fold(hay[i]) == first {
                    var k = 1
                    while k < pattern.count, fold(hay[i + k]) == pattern[k] { k += 1 }
                    if k == pattern.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
