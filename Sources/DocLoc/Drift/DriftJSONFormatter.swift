/// The JSON contract of DESIGN.md: `{"pairs": [...], "summary": {...}}`, plus per pair the data the site and
/// the dashboard use (machine translation, hand-off date, fingerprints, the source diff with `--diff`) and per
/// summary the number of findings of each kind.
public struct DriftJSONFormatter: DriftFormatter {
    public init() {}

    struct Output: Encodable {
        var pairs: [Pair]
        var summary: Summary
    }

    struct Pair: Encodable {
        var path: String
        var locale: String
        var status: String
        var source: String?
        var translation: String?
        var findings: [Finding]
        var machine_translated: Bool
        var handoff_date: String?
        var recorded_fingerprint: String?
        var source_fingerprint: String?
        var fingerprint_matches: Bool
        var diff: Diff?
    }

    struct Finding: Encodable {
        var kind: String
        var message: String
        var source_line: Int?
        var translation_line: Int?
    }

    struct Diff: Encodable {
        var outcome: String
        var base_commit: String?
        var text: String
    }

    struct Summary: Encodable {
        var current: Int
        var outdated: Int
        var missing: Int
        var orphaned: Int
        var fingerprint_matches: Int
        var findings: [String: Int]
    }

    public func format(_ report: DriftReport) -> String {
        let pairs = report.pairs.map { drift in
            Pair(
                path: drift.pair.relativePath, locale: drift.pair.locale, status: drift.status.rawValue,
                source: drift.sourcePath, translation: drift.translationPath,
                findings: drift.findings.map {
                    Finding(kind: $0.kind, message: $0.message, source_line: $0.sourceLine, translation_line: $0.translationLine)
                },
                machine_translated: drift.isMachineTranslated, handoff_date: drift.handoffDate,
                recorded_fingerprint: drift.recordedFingerprint, source_fingerprint: drift.sourceFingerprint,
                fingerprint_matches: drift.fingerprintMatches,
                diff: drift.sourceDiff.map { Diff(outcome: $0.outcome.rawValue, base_commit: $0.baseCommit, text: $0.diff) })
        }
        let summary = Summary(
            current: report.count(.current), outdated: report.count(.outdated), missing: report.count(.missing),
            orphaned: report.count(.orphaned), fingerprint_matches: report.pairs.count(where: \.fingerprintMatches),
            findings: report.findingCounts)
        return JSONOutput.encode(Output(pairs: pairs, summary: summary))
    }
}
