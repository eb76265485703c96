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
    /// Anchor names, sorted and unique.
    public var anchors: [String] {
        get { anchorList.split(separator: "\u{0}", omittingEmptySubsequences: true).map(String.init) }
        set { anchorList = Self.joined(newValue) }
    }
    /// The anchor names, sorted and unique, joined by NUL — as a `Document` holds them, so a summary taken in becomes
    /// a document without a string per name made and joined again (half of taking the real corpus's summaries in).
    private(set) var anchorList: String
    public var diagnostics: [Diagnostic]

    public init(
        fingerprint: String, byteCount: Int, modified: Int64 = 0, title: String, assetID: String?, anchors: [String],
        diagnostics: [Diagnostic]
    ) {
        self.init(
            fingerprint: fingerprint, byteCount: byteCount, modified: modified, title: title, assetID: assetID,
            anchorList: Self.joined(anchors), diagnostics: diagnostics)
    }

    /// A summary whose anchor names are `anchorList`: sorted, unique and joined by NUL already.
    init(
        fingerprint: String, byteCount: Int, modified: Int64, title: String, assetID: String?, anchorList: String,
        diagnostics: [Diagnostic]
    ) {
        self.fingerprint = fingerprint
        self.byteCount = byteCount
        self.modified = modified
        self.title = title
        self.assetID = assetID
        self.anchorList = anchorList
        self.diagnostics = diagnostics
    }

    /// `names` sorted, unique and joined by NUL (empty names left out, as splitting the list again would).
    static func joined(_ names: [String]) -> String {
        let names = names.filter { !$0.isEmpty }
        let sorted = zip(names, names.dropFirst()).allSatisfy { $0 < $1 } ? names : Set(names).sorted()
        return String.exactly(sorted, separator: "\u{0}")
    }
}
