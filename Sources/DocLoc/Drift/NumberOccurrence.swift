/// A number in prose, read the way a locale writes numbers: `1,000` in English and `1.000` in Dutch are the
/// same quantity; a version (`OAuth 2.0`, `TLS 1.2`, `1.2.3`) must be written exactly as in the source.
struct NumberOccurrence: Hashable, Sendable {
    var text: String
    var location: SourceLocation
    /// The word just before the number (`OAuth` in `OAuth 2.0`), if any.
    var word: String?
    var isVersion: Bool
    /// The values the text can mean in the locales that may have written it, as plain decimal strings.
    var values: Set<String>

    /// `OAuth 2.0`, `90`.
    var display: String {
        guard isVersion, let word else { return text }
        return "\(word) \(text)"
    }

    /// Whether a translated number says the same as this source number.
    func matches(_ other: NumberOccurrence) -> Bool {
        if isVersion || other.isVersion { return text == other.text }
        return !values.isDisjoint(with: other.values)
    }

    static let versionWords: Set<String> = ["version", "versie", "versión", "versão", "v", "build", "release"]

    init(text: String, location: SourceLocation, word: String?, separators: [NumberFormat]) {
        self.text = text
        self.location = location
        self.word = word
        let dots = text.filter { $0 == "." }.count
        let hasSeparator = text.contains { $0 == "." || $0 == "," }
        let afterName = word.map { w in
            Self.versionWords.contains(w.lowercased()) || (w.first?.isUppercase == true && w.count > 1 && !LanguageProfile.anyStopWords.contains(w.lowercased()))
        } ?? false
        isVersion = (dots >= 2 && !Self.isGrouped(text, by: ".")) || (hasSeparator && afterName && !Self.isGrouped(text, by: ","))
        values = Set(separators.flatMap { Self.values(text, format: $0) })
    }

    /// `1,000` with `,` grouping: every group after the first has three digits.
    static func isGrouped(_ text: String, by separator: Character) -> Bool {
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        return groups.count > 1 && groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
            && groups[0].allSatisfy(\.isNumber)
    }

    static func values(_ text: String, format: NumberFormat) -> [String] {
        let separators = text.filter { $0 == "." || $0 == "," }
        if separators.isEmpty { return [normalized(text)] }
        var result: [String] = []
        if isGrouped(text, by: format.grouping) { result.append(normalized(text.filter(\.isNumber))) }
        if separators.count == 1, separators.first == format.decimal {
            let parts = text.split(separator: format.decimal)
            if parts.count == 2 { result.append(normalized(String(parts[0])) + "." + parts[1]) }
        }
        return result
    }

    private static func normalized(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
