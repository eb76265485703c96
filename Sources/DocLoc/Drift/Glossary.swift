import Foundation
import Yams

/// Terms that must appear unchanged in every translation (product names, protocol names with versions).
///
/// Read from the `glossary:` list of the product model named in docloc.yml (`model: model/consent.yml`);
/// without a model (or without that key) the built-in list applies. This is the one place that knows where
/// the glossary lives, so it can move to the model type later.
public struct Glossary: Hashable, Sendable {
    public private(set) var terms: [String]
    /// The terms with a digit in them (`Microsoft 365`), whose numbers are not the translation's to change.
    public private(set) var numericTerms: [String]

    public init(terms: [String]) {
        // Longer terms first, so `Office 365` is found before a shorter term inside it.
        self.terms = Array(Set(terms.filter { !$0.isEmpty })).sorted { ($0.count, $0) > ($1.count, $1) }
        numericTerms = self.terms.filter { $0.contains(where: \.isNumber) }
    }

    public static let builtIn = Glossary(terms: [
        "Microsoft 365", "Office 365", "Azure", "Azure Active Directory", "OpenID Connect", "OAuth 2.0",
        "Microsoft Teams", "SharePoint", "OneDrive", "Exchange Online", "PowerShell",
    ])

    static func load(for content: ContentSet) -> Glossary {
        guard let model = content.configuration.model,
            let data = FileManager.default.contents(atPath: content.root.appendingPathComponent(model).path),
            let node = try? Yams.compose(yaml: String(decoding: data, as: UTF8.self), Resolver.basic),
            let list = node.mapping?["glossary"]?.sequence
        else { return .builtIn }
        let terms = list.compactMap(\.string)
        return terms.isEmpty ? .builtIn : Glossary(terms: terms)
    }

    /// Where a term occurs in a text as a whole word (not inside a longer word), case-sensitively.
    static func occurrences(of term: String, in text: String, caseSensitive: Bool = true) -> [Range<String.Index>] {
        if caseSensitive, cannotOccur(term, in: text) { return [] }
        if caseSensitive, let ranges = asciiOccurrences(of: term, in: text) { return ranges }
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        let options: String.CompareOptions = caseSensitive ? [] : [.caseInsensitive]
        while let range = text.range(of: term, options: options, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !Self.isWordCharacter(before), !Self.isWordCharacter(after) { result.append(range) }
            start = range.upperBound
        }
        return result
    }

    /// `occurrences` by comparing bytes, for an ASCII term whose every match in the text has ASCII bytes around
    /// it (so each match is whole characters), in a text without the three characters that decompose to ASCII
    /// (so Foundation's canonical equivalence could find nothing more). nil: ask Foundation.
    static func asciiOccurrences(of term: String, in text: String) -> [Range<String.Index>]? {
        let needle = Array(term.utf8)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return nil }
        let offsets: [Int]? = text.utf8.withContiguousStorageIfAvailable { bytes -> [Int]? in
            // Any of the three characters anywhere, or a match with a byte beyond ASCII beside it, is an answer for
            // Foundation: asked once with `memchr`, and the candidates found with it, not a byte at a time.
            guard let base = bytes.baseAddress, !hasDecomposingToASCII(bytes) else { return bytes.isEmpty ? [] : nil }
            var found: [Int] = []
            var offset = 0
            while let index = needle.withUnsafeBufferPointer({ firstMatch(of: $0, in: base, count: bytes.count, from: offset) }) {
                let before: UInt8? = index > 0 ? bytes[index - 1] : nil
                let after: UInt8? = index + needle.count < bytes.count ? bytes[index + needle.count] : nil
                if (before ?? 0) >= 0x80 || (after ?? 0) >= 0x80 { return nil }
                if !isWordByte(before), !isWordByte(after) { found.append(index) }
                offset = index + needle.count
            }
            return found
        } ?? nil
        guard let offsets else { return nil }
        let utf8 = text.utf8
        return offsets.map { offset in
            let lower = utf8.index(utf8.startIndex, offsetBy: offset)
            return lower..<utf8.index(lower, offsetBy: needle.count)
        }
    }

    /// Whether the needle's bytes occur in the haystack.
    private static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafePointer<UInt8>, count: Int) -> Bool {
        needle.isEmpty || firstMatch(of: needle, in: haystack, count: count, from: 0) != nil
    }

    /// Where the needle's bytes (not empty) first occur in the haystack's `count` bytes at or after `offset`:
    /// `memchr` for its first byte, `memcmp` for the rest.
    private static func firstMatch(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafePointer<UInt8>, count: Int, from offset: Int) -> Int? {
        guard let first = needle.first, let rest = needle.baseAddress.map({ $0 + 1 }) else { return nil }
        let last = count - needle.count
        var offset = offset
        while offset <= last, let hit = memchr(haystack + offset, Int32(first), last - offset + 1) {
            let index = haystack.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(haystack + index + 1, rest, needle.count - 1) == 0 { return index }
            offset = index + 1
        }
        return nil
    }

    /// Whether one of the three characters that decompose to ASCII starts at `index`: U+037E (CD BE),
    /// U+1FEF (E1 BF AF), U+212A (E2 84 AA).
    static func isDecomposingToASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        guard byte == 0xCD || byte == 0xE1 || byte == 0xE2 else { return false }
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        return (byte == 0xCD && next == 0xBE) || (byte == 0xE1 && next == 0xBF && third == 0xAF)
            || (byte == 0xE2 && next == 0x84 && third == 0xAA)
    }

    /// An ASCII letter or digit (what `isWordCharacter` says for ASCII).
    private static func isWordByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39)
    }

    /// A quick, exact "no": an ASCII term whose bytes are not in the text cannot match it, since Foundation's
    /// (canonically equivalent) search only also finds ASCII in the three characters that decompose to one:
    /// U+037E (;), U+1FEF (`) and U+212A (K). Saves bridging the text to UTF-16 for most term and text pairs.
    /// The three characters are looked for only when the term's bytes are absent.
    static func cannotOccur(_ term: String, in text: String) -> Bool {
        var term = term
        return term.withUTF8 { needle -> Bool in
            guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 }) else { return false }
            return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                guard let base = bytes.baseAddress, bytes.count >= needle.count else { return !hasDecomposingToASCII(bytes) }
                if contains(needle, in: base, count: bytes.count) { return false }
                return !hasDecomposingToASCII(bytes)
            } ?? false
        }
    }

    /// Whether one of the three characters that decompose to ASCII is in the bytes (see `isDecomposingToASCII`);
    /// `memchr` finds the candidate lead bytes.
    static func hasDecomposingToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        for lead: Int32 in [0xCD, 0xE1, 0xE2] {
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, lead, bytes.count - offset) {
                let index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if isDecomposingToASCII(bytes, at: index) { return true }
                offset = index + 1
            }
        }
        return false
    }

    static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetterQuick || c.isNumberQuick
    }

    /// The text with every glossary term replaced by a space (for language detection and number scanning).
    func removingTerms(from text: String) -> String {
        var result = text
        for term in terms {
            for range in Self.occurrences(of: term, in: result).reversed() {
                result.replaceSubrange(range, with: " ")
            }
        }
        return result
    }
}
