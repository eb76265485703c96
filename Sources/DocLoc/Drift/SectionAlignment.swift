/// How the sections of a translation line up with the sections of its source.
struct SectionAlignment: Hashable, Sendable {
    struct Match: Hashable, Sendable {
        /// Indexes into the source's and the translation's `sections`.
        var source: Int
        var translation: Int
        /// The English slug the translated heading carries when it names no current source heading: the
        /// heading was renamed in the source since the translation was made.
        var renamedFrom: String?
    }

    /// Aligned pairs, in translation order.
    var matches: [Match]
    /// Source sections with no translated twin (added to the source since the translation).
    var unmatchedSource: [Int]
    /// Translated sections with no source section (removed from the source since the translation).
    var unmatchedTranslation: [Int]

    /// The translation section aligned to a source section, by source index.
    var translationBySource: [Int: Int] {
        Dictionary(matches.map { ($0.source, $0.translation) }, uniquingKeysWith: { a, _ in a })
    }
}
