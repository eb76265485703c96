import Foundation
import Yams

/// Terms that must appear unchanged in every translation (product names, protocol names with versions).
///
/// Read from the `glossary:` list of the product model named in docloc.yml (`model: model/consent.yml`);
/// without a model (or without that key) the built-in list applies. This is the one place that knows where
/// the glossary lives, so it can move to the model type later.
public struct Glossary: Hashable, Sendable {
    public var terms: [String]

    public init(terms: [String]) {
        // Longer terms first, so `Office 365` is found before a shorter term inside it.
        self.terms = Array(Set(terms.filter { !$0.isEmpty })).sorted { ($0.count, $0) > ($1.count, $1) }
    }

    public static let builtIn = Glossary(terms: [
        "Microsoft 365", "Office 365", "Azure", "Azure Active Directory", "OpenID Connect", "OAuth 2.0",
        "Microsoft Teams", "SharePoint", "OneDrive", "Exchange Online", "PowerShell",
    ])

    static func load(for content: ContentSet) -> Glossary {
        guard let model = content.configuration.model,
            let data = FileManager.default.contents(atPath: content.root.appendingPathComponent(model).path),
            let node = try? Yams.compose(yaml: String(decoding: data, as: UTF8.self)),
            let list = node.mapping?["glossary"]?.sequence
        else { return .builtIn }
        let terms = list.compactMap(\.string)
        return terms.isEmpty ? .builtIn : Glossary(terms: terms)
    }

    /// Where a term occurs in a text as a whole word (not inside a longer word), case-sensitively.
    static func occurrences(of term: String, in text: String, caseSensitive: Bool = true) -> [Range<String.Index>] {
        // Foundation's search is slow on Linux (it was a quarter of a corpus check), and most texts hold no
        // term at all: a byte scan rules those out first.
        guard ByteSearch.mayContain(text, term, caseSensitive: caseSensitive) else { return [] }
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

    static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
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
