extension BuildCache {
    /// The drift verdict of one pair, as a previous build found it: what `PairDrift` holds beyond the pairing
    /// itself, which the next build takes from its own content set.
    public struct Verdict: Sendable, Equatable {
        public var status: DriftStatus
        public var findings: [DriftFinding]
        public var isMachineTranslated: Bool
        public var handoffDate: String?
        public var recordedFingerprint: String?

        init(
            status: DriftStatus, findings: [DriftFinding], isMachineTranslated: Bool, handoffDate: String?,
            recordedFingerprint: String?
        ) {
            self.status = status
            self.findings = findings
            self.isMachineTranslated = isMachineTranslated
            self.handoffDate = handoffDate
            self.recordedFingerprint = recordedFingerprint
        }

        public init(_ drift: PairDrift) {
            status = drift.status
            findings = drift.findings
            isMachineTranslated = drift.isMachineTranslated
            handoffDate = drift.handoffDate
            recordedFingerprint = drift.recordedFingerprint
        }

        /// The verdict for `pair` of `content` (the pair the key was made from).
        func drift(of pair: TranslationPair, in content: ContentSet) -> PairDrift {
            let source = pair.source.map { content.documents[$0] }
            let translation = pair.translation.map { content.documents[$0] }
            return PairDrift(
                pair: pair, status: status, findings: findings, sourcePath: source?.path, translationPath: translation?.path,
                isMachineTranslated: isMachineTranslated, handoffDate: handoffDate, recordedFingerprint: recordedFingerprint,
                sourceFingerprint: source?.fingerprint)
        }
    }
}
