import Foundation

/// One article file of the content set: where it is, what other articles look up in it (title, asset id,
/// anchors), and its parsed article, which a large content set holds only while it is being worked on.
public struct Document: Sendable {
    // A large content set keeps a document per article for the whole run, so the stored properties are few and
    // packed: the locale is read from the path, the fingerprint is 20 bytes and a GUID asset id 16, the flags come
    // last; its strings are stored in exactly their size.

    /// The locale folder it lives in: `nl-NL` (the start of `path`).
    public var locale: String {
        String(path[..<(path.utf8.firstIndex(of: UInt8(ascii: "/")) ?? path.endIndex)])
    }
    /// Its path inside the locale folder: `admin/misc/user-consent.md`. Same path = same article.
    public var relativePath: String
    /// Its path inside the content directory: `nl-NL/admin/misc/user-consent.md` (how diagnostics name it).
    public var path: String
    /// `Fingerprint` of the file's bytes.
    public var fingerprint: String? {
        get { storedFingerprint?.text }
        set { storedFingerprint = newValue.map(CompactHex.init) }
    }
    /// The fingerprint in 20 bytes.
    private var storedFingerprint: CompactHex?
    /// The file's size in bytes (0 when it could not be read).
    public var byteCount = 0
    /// The file's modification time as `DocumentSummary.modified` records it (0: not recorded).
    public var modified: Int64 = 0
    /// The article's title (front matter `title`, else its first heading).
    public var title: String
    /// Front matter `ms.assetid`, as written.
    public var assetID: String? {
        get { storedAssetID?.text }
        set { storedAssetID = newValue.map(CompactHex.init) }
    }
    /// A GUID in 16 bytes (most asset ids are), other text as it is.
    private var storedAssetID: CompactHex?
    /// Every anchor name the article defines (headings and explicit anchors), for links from other articles.
    public var anchorNames: Set<String> {
        Set(anchorList.split(separator: "\u{0}", omittingEmptySubsequences: true).map(String.init))
    }
    /// The anchor names joined by NUL: one allocation per document instead of a set of strings.
    private var anchorList: String
    /// Where the diagnostics of reading and parsing this file are in `ContentSet.diagnostics`.
    var diagnosticRange: Range<Int> {
        get { Int(diagnosticStart)..<(Int(diagnosticStart) + Int(diagnosticCount)) }
        set {
            diagnosticStart = Int32(clamping: newValue.lowerBound)
            diagnosticCount = Int32(clamping: newValue.count)
        }
    }
    private var diagnosticStart: Int32 = 0
    private var diagnosticCount: Int32 = 0
    /// false for files that could not be read as text (reported, not rendered).
    public var isUsable: Bool
    /// Whether this run took the document's summary from an earlier run (`ContentLoader.summaries`) instead of
    /// parsing the file: its article is parsed only if something asks for it.
    public internal(set) var isSummarized = false

    private let slot: ArticleSlot

    /// The parsed article (parsed again when the content set let it go).
    public var article: Article { slot.article }

    /// A document that holds `article` for good.
    public init(locale: String, relativePath: String, article: Article, isUsable: Bool = true, fingerprint: String? = nil) {
        self.init(locale: locale, relativePath: relativePath, summary: article, isUsable: isUsable,
            fingerprint: fingerprint, slot: { _ in ArticleSlot(holding: article) })
    }

    /// `slot` makes the document's slot from its content path (so the two share one string).
    init(
        locale: String, relativePath: String, summary article: Article, isUsable: Bool, fingerprint: String?,
        slot: (String) -> ArticleSlot
    ) {
        self.init(
            locale: locale, relativePath: relativePath, isUsable: isUsable, fingerprint: fingerprint,
            title: article.title, assetID: article.frontMatter.assetID, anchorNames: article.anchorNames, slot: slot)
    }

    init(
        locale: String, relativePath: String, isUsable: Bool, fingerprint: String?, title: String,
        assetID: String?, anchorNames: Set<String>, slot: (String) -> ArticleSlot
    ) {
        self.init(
            locale: locale, relativePath: relativePath, isUsable: isUsable, fingerprint: fingerprint, title: title,
            assetID: assetID, sortedAnchors: anchorNames.filter { !$0.isEmpty }.sorted(), slot: slot)
    }

    /// The document of an unchanged file, from its summary: its anchor list taken as it is (sorted and joined
    /// already), in storage of its own made on this thread.
    init(locale: String, relativePath: String, summary: DocumentSummary, slot: (String) -> ArticleSlot) {
        self.init(
            locale: locale, relativePath: relativePath, isUsable: true, fingerprint: summary.fingerprint, title: summary.title,
            assetID: summary.assetID, anchorList: summary.anchorList.ownCopy, slot: slot)
    }

    private init(
        locale: String, relativePath: String, isUsable: Bool, fingerprint: String?, title: String,
        assetID: String?, sortedAnchors: [String], slot: (String) -> ArticleSlot
    ) {
        self.init(
            locale: locale, relativePath: relativePath, isUsable: isUsable, fingerprint: fingerprint, title: title,
            assetID: assetID, anchorList: String.exactly(sortedAnchors, separator: "\u{0}"), slot: slot)
    }

    private init(
        locale: String, relativePath: String, isUsable: Bool, fingerprint: String?, title: String,
        assetID: String?, anchorList: String, slot: (String) -> ArticleSlot
    ) {
        let path = String.exactly(locale, "/", relativePath)
        self.relativePath = relativePath
        self.path = path
        self.isUsable = isUsable
        self.storedFingerprint = fingerprint.map(CompactHex.init)
        self.title = title.ownCopy
        self.storedAssetID = assetID.map { CompactHex($0.ownCopy) }
        self.anchorList = anchorList
        self.slot = slot(path)
    }

    var articleSlot: ArticleSlot { slot }

    /// Lets go of the anchor names (`ContentSet.releaseCheckLookups`).
    mutating func releaseAnchors() {
        anchorList = ""
    }

    /// What a later run needs to skip parsing this file while it is unchanged; nil for a file without a
    /// fingerprint (unreadable, not text).
    public func summary(diagnostics: [Diagnostic]) -> DocumentSummary? {
        guard isUsable, let fingerprint else { return nil }
        return DocumentSummary(
            fingerprint: fingerprint, byteCount: byteCount, modified: modified, title: title, assetID: assetID,
            anchorList: anchorList, diagnostics: diagnostics)
    }
}
