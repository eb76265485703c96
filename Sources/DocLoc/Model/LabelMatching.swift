/// How labels compare: case-insensitive, surrounding spaces and trailing punctuation ignored, runs of spaces
/// as one, `&amp;` as `&` with one space either side; and, for "did you mean", how alike two labels are.
enum LabelMatching {
    static func normalize(_ label: String) -> String {
        asciiNormalize(label) ?? foundationNormalize(label)
    }

    /// `normalize` for plain ASCII labels without `&` (nearly all of them), byte by byte.
    private static func asciiNormalize(_ label: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(label.utf8.count)
        var pendingSpace = false
        for byte in label.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "&") { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                pendingSpace = false
            }
            bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        while let last = bytes.last, trailingPunctuation.contains(last) { bytes.removeLast() }
        while bytes.last == 0x20 { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let trailingPunctuation: Set<UInt8> = Set(".,:;!?".utf8)

    private static func foundationNormalize(_ label: String) -> String {
        var text = label.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&", with: " & ")
            .lowercased()
        text = text.collapsingWhitespace()
        while let last = text.last, ".,:;!?".contains(last) { text.removeLast() }
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    /// The label without filler words at its start or end (`pagina Instellingen` → `instellingen`), normalized.
    /// `fillers` are normalized already (`ProductModel.normalizedFillers`).
    static func strip(_ normalized: String, fillers set: Set<String>) -> String {
        guard !set.isEmpty else { return normalized }
        var words = normalized.split(separator: " ").map(String.init)
        while words.count > 1, let first = words.first, set.contains(first) { words.removeFirst() }
        while words.count > 1, let last = words.last, set.contains(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Whether a whole normalized label is a filler phrase (`show all`, `admin center`).
    static func isFiller(_ normalized: String, fillers: Set<String>) -> Bool {
        fillers.contains(normalized) || fillers.contains(strip(normalized, fillers: fillers))
    }

    /// 0…1: how alike two normalized labels are — the better of word overlap (words matching when equal or,
    /// from five letters on, within a third of their length in edits) and whole-string edit distance.
    static func similarity(_ a: String, _ b: String) -> Double {
        let wordsA = words(a), wordsB = words(b)
        guard !wordsA.isEmpty, !wordsB.isEmpty else { return 0 }
        var unused = wordsB
        var matched = 0
        for word in wordsA {
            if let i = unused.firstIndex(where: { wordsMatch(word, $0) }) {
                matched += 1
                unused.remove(at: i)
            }
        }
        let overlap = Double(2 * matched) / Double(wordsA.count + wordsB.count)
        let longest = max(a.count, b.count)
        let whole = 1 - Double(distance(a, b)) / Double(longest)
        return max(overlap, whole)
    }

    static let suggestionThreshold = 0.6

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "&" || $0 == "/" }).map(String.init)
    }

    private static func wordsMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        return shorter >= 5 && distance(a, b) <= max(a.count, b.count) / 3
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
