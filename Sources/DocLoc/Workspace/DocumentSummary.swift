/// What a run keeps of an article file so that a later run can skip parsing it while its bytes are unchanged
/// (`docloc build --incremental` records it in `BuildCache`): what other articles look up in it, and the
/// diagnostics its parse gave.
public struct DocumentSummary: Sendable, Equatable {
    /// `Fingerprint` of the file's bytes, and how many bytes: both must be equal for the summary to stand.
    public var fingerprint: String
    public var byteCount: Int
    public var title: String
    public var assetID: String?
    /// Anchor names, sorted.
    public var anchors: [String]
    public var diagnostics: [Diagnostic]

    public init(
        fingerprint: String, byteCount: Int, title: String, assetID: String?, anchors: [String], diagnostics: [Diagnostic]
    ) {
        self.fingerprint = fingerprint
        self.byteCount = byteCount
        self.title = title
        self.assetID = assetID
        self.anchors = anchors
        self.diagnostics = diagnostics
    }
}
