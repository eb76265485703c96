/// The drift verdict for one translation pair, with the data the site and the dashboard show.
public struct PairDrift: Hashable, Sendable {
    public var pair: TranslationPair
    public var status: DriftStatus
    public var findings: [DriftFinding]
    /// Content-relative paths (`en-US/admin/x.md`), nil for a missing side.
    public var sourcePath: String?
    public var translationPath: String?
    /// `ms.translationtype: MT` on the translation.
    public var isMachineTranslated: Bool
    /// `ms.lasthandoff` of the translation, as written.
    public var handoffDate: String?

    public init(
        pair: TranslationPair, status: DriftStatus, findings: [DriftFinding], sourcePath: String?,
        translationPath: String?, isMachineTranslated: Bool, handoffDate: String?
    ) {
        self.pair = pair
        self.status = status
        self.findings = findings
        self.sourcePath = sourcePath
        self.translationPath = translationPath
        self.isMachineTranslated = isMachineTranslated
        self.handoffDate = handoffDate
    }
}
