/// The drift verdict for one translation pair, with the data the site and the dashboard show.
public struct PairDrift: Hashable, Sendable {
    public var pair: TranslationPair
    public var status: DriftStatus
    /// Most serious first (`DriftFinding.seriousness`).
    public var findings: [DriftFinding]
    /// Content-relative paths (`en-US/admin/x.md`), nil for a missing side.
    public var sourcePath: String?
    public var translationPath: String?
    /// `ms.translationtype: MT` on the translation.
    public var isMachineTranslated: Bool
    /// `ms.lasthandoff` of the translation, as written.
    public var handoffDate: String?
    /// `ms.openlocfilehash` of the translation: the fingerprint of the source it was made from.
    public var recordedFingerprint: String? {
        get { storedRecordedFingerprint?.text }
        set { storedRecordedFingerprint = newValue.map(CompactHex.init) }
    }
    /// The fingerprint of today's source.
    public var sourceFingerprint: String? {
        get { storedSourceFingerprint?.text }
        set { storedSourceFingerprint = newValue.map(CompactHex.init) }
    }
    /// Both in 20 bytes each rather than strings of their own: a build keeps every pair's verdict to its end (50,000
    /// at 50k pairs), and the recorded one was a string of the parse that read the translation.
    private var storedRecordedFingerprint: CompactHex?
    private var storedSourceFingerprint: CompactHex?
    /// What changed in the source since the translation (`docloc drift --diff`), when looked up.
    public var sourceDiff: SourceDiff?

    public init(
        pair: TranslationPair, status: DriftStatus, findings: [DriftFinding], sourcePath: String?,
        translationPath: String?, isMachineTranslated: Bool, handoffDate: String?,
        recordedFingerprint: String? = nil, sourceFingerprint: String? = nil, sourceDiff: SourceDiff? = nil
    ) {
        self.pair = pair
        self.status = status
        self.findings = findings
        self.sourcePath = sourcePath
        self.translationPath = translationPath
        self.isMachineTranslated = isMachineTranslated
        self.handoffDate = handoffDate
        self.recordedFingerprint = recordedFingerprint
        self.sourceFingerprint = sourceFingerprint
        self.sourceDiff = sourceDiff
    }

    /// The verdict with its findings' messages and its hand-off date in storage of their own, made on the calling
    /// thread (`String.ownCopy`): a build keeps every verdict to its end, and these were made by the worker thread
    /// that compared the pair, among that batch's short-lived blocks.
    var keptCopy: PairDrift {
        var copy = self
        copy.findings = findings.map { finding in
            var finding = finding
            finding.message = finding.message.ownCopy
            return finding
        }
        copy.handoffDate = handoffDate?.ownCopy
        return copy
    }

    /// The kinds found, most serious first, each once.
    public var kinds: [String] {
        var seen = Set<String>()
        return findings.map(\.kind).filter { seen.insert($0).inserted }
    }

    /// Whether the recorded fingerprint equals today's source's.
    public var fingerprintMatches: Bool {
        guard let recordedFingerprint, let sourceFingerprint else { return false }
        return recordedFingerprint.lowercased() == sourceFingerprint
    }
}
