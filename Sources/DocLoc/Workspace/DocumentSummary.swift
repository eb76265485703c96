/// What a run keeps of an article file so that a later run can skip parsing it while its bytes are unchanged
/// (`docloc build --incremental` records it in `BuildCache`): what other articles look up in it, and the
/// diagnostics its parse gave.
public struct DocumentSummary: Sendable, Equatable {
    /// `Fingerprint` of the file's bytes, and how many bytes: both must be equal for the summary to stand.
    public var fingerprint: String
    public var byteCount: Int
    /// The file's modification time (nanoseconds since 1970) when it was read; 0 when unknown. A file with this
    /// size and modification time, older than the summary, is taken as unchanged unread.
    public var modified: Int64
    public var title: String
    public var assetID: String?
    /// Anchor names, sorted.
    public var anchors: [String]
    public var diagnostics: [Diagnostic]

    public init(
        fingerprint: String, byteCount: Int, modified: Int64 = 0, title: String, assetID: String?, anchors: [String],
        diagnostics: [Diagnostic]
    ) {
        self.fingerprint = fingerprint
        self.byteCount = byteCount
        self.modified = modified
        self.title = title
        self.assetID = assetID
        self.anchors = anchors
        self.diagnostics = diagnostics
    }
}
