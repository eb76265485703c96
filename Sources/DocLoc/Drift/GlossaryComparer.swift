/// `glossary-changed`: a glossary term the source section uses must appear, written exactly the same, in its
/// translation (`Azure` must not become `azure`). A term with a version whose number was localized
/// (`OAuth 2,0`) is left to `NumberComparer`.
struct GlossaryComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        var findings: [DriftFinding] = []
        for match in pair.alignment.matches {
            let source = SectionText.pieces(of: pair.source.sections[match.source])
            let translated = SectionText.pieces(of: pair.translation.sections[match.translation])
            let translatedText = translated.map(\.text).joined(separator: " ")
            var covered: [String] = []
            for term in pair.context.glossary.terms {
                guard let first = source.first(where: { !Glossary.occurrences(of: term, in: $0.text).isEmpty }) else { continue }
                // `Azure` inside `Azure Active Directory` is that longer term's business.
                if covered.contains(where: { $0.contains(term) }) { continue }
                covered.append(term)
                if !Glossary.occurrences(of: term, in: translatedText).isEmpty { continue }
                if term.contains(where: \.isNumber), translatedText.contains(Self.localizedNumber(term)) { continue }
                let variant = translated.first { !Glossary.occurrences(of: term, in: $0.text, caseSensitive: false).isEmpty }
                let written = variant.flatMap { piece in
                    Glossary.occurrences(of: term, in: piece.text, caseSensitive: false).first.map { String(piece.text[$0]) }
                }
                let message = written.map { "glossary term '\(term)' is written '\($0)' in the translation (section \(pair.sourceName(ofSection: match.source)))" }
                    ?? "glossary term '\(term)' of section \(pair.sourceName(ofSection: match.source)) does not appear in the translation"
                findings.append(DriftFinding(
                    .glossaryChanged, message, source: first.location.line,
                    translation: variant?.location.line ?? pair.translationLine(ofSection: match.translation)))
            }
        }
        return findings
    }

    /// `OAuth 2.0` → `OAuth 2,0`: the term as machine translation localizes its number.
    static func localizedNumber(_ term: String) -> String {
        String(term.map { $0 == "." ? "," : $0 })
    }
}
