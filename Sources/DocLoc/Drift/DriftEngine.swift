/// Compares every translation with its source and gives each pair a status and findings.
///
/// (Foundation version: statuses from presence only — `missing`, `orphaned`, else `current`. The drift
/// issue replaces the comparison.)
public struct DriftEngine: Sendable {
    public init() {}

    public func report(for content: ContentSet) -> DriftReport {
        DriftReport(pairs: content.pairs.map { pair in
            let source = pair.source.map { content.documents[$0] }
            let translation = pair.translation.map { content.documents[$0] }
            let status: DriftStatus = source == nil ? .orphaned : (translation == nil ? .missing : .current)
            return PairDrift(
                pair: pair, status: status, findings: [], sourcePath: source?.path, translationPath: translation?.path,
                isMachineTranslated: translation?.article.frontMatter.isMachineTranslated ?? false,
                handoffDate: translation?.article.frontMatter.lastHandoff)
        })
    }
}
