import Foundation

/// `untranslated`: a translated paragraph (list items and alerts included) left in the source language —
/// identical to a paragraph of the source section, or recognized as the source language by the built-in
/// language profiles. Glossary terms, code and URLs do not count as words.
struct UntranslatedComparer: DriftComparer {
    /// Paragraphs shorter than this (in words) are names, labels or link lists, not prose.
    static let minimumWords = 4

    func findings(in pair: DriftPair) -> [DriftFinding] {
        let sourceProfile = LanguageProfile.forLocale(pair.sourceLocale)
        let targetProfile = LanguageProfile.forLocale(pair.locale)
        let sameLanguage = LocaleTag.language(pair.sourceLocale) == LocaleTag.language(pair.locale)
        if sameLanguage { return [] }
        let distinct = DistinctStopWords.between(source: sourceProfile, target: targetProfile)
        var findings: [DriftFinding] = []
        for match in pair.alignment.matches {
            var sourceParagraphs: [String: Int] = [:]
            for block in SectionText.paragraphs(of: pair.source.sections[match.source]) {
                let key = Self.normalized(prose(block, pair))
                if sourceParagraphs[key] == nil { sourceParagraphs[key] = block.range.lowerBound.line }
            }
            for block in SectionText.paragraphs(of: pair.translation.sections[match.translation]) {
                let text = prose(block, pair)
                let words = LanguageProfile.words(text)
                guard words.count >= Self.minimumWords else { continue }
                // Identical text counts when it is prose (has a function word), not a list of names.
                let identicalLine = sourceParagraphs[Self.normalized(text)].flatMap { line in
                    sourceProfile.map { p in words.contains { p.stopWords.contains($0) } } ?? true ? line : nil
                }
                let recognized = identicalLine == nil && Self.looksLikeSource(words, distinct)
                guard identicalLine != nil || recognized else { continue }
                // Link texts alone (titles of English pages) are not a paragraph left untranslated. Asked last: most
                // paragraphs are neither identical nor in the source language, and this is their prose made again.
                let ownWords = LanguageProfile.words(SectionText.prose(block.inlines, links: false))
                guard ownWords.count >= Self.minimumWords else { continue }
                let how = identicalLine != nil ? "is identical to the source" : "reads as \(sourceProfile?.name ?? "the source language")"
                findings.append(DriftFinding(
                    .untranslated, "paragraph \(how), left untranslated: '\(Self.excerpt(text))'",
                    source: identicalLine ?? pair.sourceLine(ofSection: match.source), translation: block.range.lowerBound.line))
            }
        }
        return findings
    }

    private func prose(_ block: Block, _ pair: DriftPair) -> String {
        pair.context.glossary.removingTerms(from: SectionText.prose(block.inlines))
    }

    /// Many function words only the source language has, and few of the target's.
    static func looksLikeSource(_ words: [String], source: LanguageProfile?, target: LanguageProfile?) -> Bool {
        looksLikeSource(words, DistinctStopWords(source: source, target: target))
    }

    static func looksLikeSource(_ words: [String], _ distinct: DistinctStopWords?) -> Bool {
        guard let distinct, words.count >= 6 else { return false }
        let s = words.count { distinct.sourceOnly.contains($0) }
        let t = words.count { distinct.targetOnly.contains($0) }
        return s >= 3 && Double(s) >= 0.2 * Double(words.count) && t * 4 <= s
    }

    /// The function words only the source language has, and those only the target has (computed once a pair).
    struct DistinctStopWords {
        var sourceOnly: Set<String>
        var targetOnly: Set<String>

        init?(source: LanguageProfile?, target: LanguageProfile?) {
            guard let source, let target else { return nil }
            sourceOnly = source.stopWords.subtracting(target.stopWords)
            targetOnly = target.stopWords.subtracting(source.stopWords)
        }

        /// `init(source:target:)`, made once for each pair of built-in profiles a run compares (the profiles are
        /// fixed), not once a translation pair. Made as asked: the table of all 49 pairs, made up front, was 0.3 ms of
        /// an incremental build's critical path for the one pair it compared.
        static func between(source: LanguageProfile?, target: LanguageProfile?) -> DistinctStopWords? {
            guard let source, let target else { return nil }
            guard let a = LanguageProfile.profiles[source.language], let b = LanguageProfile.profiles[target.language] else {
                return DistinctStopWords(source: source, target: target)
            }
            return builtIn.value(for: source.language + "/" + target.language) { DistinctStopWords(source: a, target: b) }
        }

        private static let builtIn = BuiltInPairs()

        /// The pairs of built-in profiles made so far.
        private final class BuiltInPairs: @unchecked Sendable {
            private let lock = NSLock()
            private var table: [String: DistinctStopWords] = [:]

            func value(for key: String, making make: () -> DistinctStopWords?) -> DistinctStopWords? {
                lock.withLock {
                    if let made = table[key] { return made }
                    let made = make()
                    table[key] = made
                    return made
                }
            }
        }
    }

    static func normalized(_ text: String) -> String {
        text.collapsingWhitespace()
    }

    static func excerpt(_ text: String) -> String {
        let flat = normalized(text)
        return flat.count <= 60 ? flat : String(flat.prefix(57)) + "…"
    }
}
