/// Compares every translation with its source and gives each pair a status and findings: `missing` (source
/// without translation), `orphaned` (translation without source), else `outdated` when any comparer finds
/// something and `current` when none does. Pairs are compared in parallel; the result is sorted.
public struct DriftEngine: Sendable {
    /// One comparer per concern, run on every pair.
    static let comparers: [any DriftComparer] = [
        FingerprintComparer(), SectionComparer(), StructureComparer(), CodeComparer(), NumberComparer(),
        LinkComparer(), UIPathComparer(), ImageComparer(), UntranslatedComparer(), GlossaryComparer(),
        MetadataComparer(),
    ]

    public init() {}

    /// The verdicts for the pairs in the content set's scope (every pair outside `ContentSet.inBatches`).
    public func report(for content: ContentSet) -> DriftReport {
        var pairs: [PairDrift] = []
        content.inBatches { batch in
            let context = DriftContext(content: batch)
            pairs += ParallelMap.map(batch.scopedPairs) { pair in
                Self.drift(of: pair, in: batch, context: context)
            }
        }
        return DriftReport(pairs: pairs)
    }

    static func drift(of pair: TranslationPair, in content: ContentSet, context: DriftContext) -> PairDrift {
        let source = pair.source.map { content.documents[$0] }
        let translation = pair.translation.map { content.documents[$0] }
        var findings: [DriftFinding] = []
        if let source, let translation, source.isUsable, translation.isUsable {
            findings = compare(
                source: source.article, translation: translation.article, locale: pair.locale,
                sourceFingerprint: source.fingerprint, context: context)
        } else if let source, let translation {
            // A side that could not be read (too large, not text) cannot be shown to match: say so.
            let unreadable = [source, translation].filter { !$0.isUsable }.map(\.path).joined(separator: " and ")
            findings = [DriftFinding(
                .structure, "cannot compare: \(unreadable) could not be read as text (see docloc check)", source: 1, translation: 1)]
        }
        let status: DriftStatus =
            source == nil ? .orphaned : translation == nil ? .missing : findings.isEmpty ? .current : .outdated
        let front = translation?.article.frontMatter
        return PairDrift(
            pair: pair, status: status, findings: findings, sourcePath: source?.path, translationPath: translation?.path,
            isMachineTranslated: front?.isMachineTranslated ?? false, handoffDate: front?.lastHandoff,
            recordedFingerprint: front?.openLocFileHash, sourceFingerprint: source?.fingerprint)
    }

    /// The findings for one source article and its translation, most serious first.
    static func compare(
        source: Article, translation: Article, locale: String, sourceFingerprint: String?, context: DriftContext
    ) -> [DriftFinding] {
        let pair = DriftPair(
            source: source, translation: translation, locale: locale, sourceFingerprint: sourceFingerprint, context: context)
        return comparers.flatMap { $0.findings(in: pair) }.sorted(by: DriftFinding.seriousness)
    }
}
