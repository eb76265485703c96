/// One page the site will have: which article it shows, where it goes, and how it stands as a translation.
public struct SitePage: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// An article of the source locale.
        case source
        /// A translation with a source.
        case translation
        /// No translation in this locale: the source is shown, with a notice.
        case fallback
        /// A translation whose source no longer exists.
        case orphan
    }

    public var locale: String
    /// `nl-NL/admin/misc/user-consent.html`.
    public var outputPath: String
    /// The Markdown path it stands for in its locale (`admin/misc/user-consent.md`).
    public var relativePath: String
    /// Pages with one key are language versions of one article.
    public var group: String
    /// The drift verdict, for translations, fallbacks and orphans.
    public var drift: PairDrift? {
        get { driftBox?.value }
        set { driftBox = newValue.map { DriftBox($0) } }
    }
    /// The verdict lives in a box: inline it made every page 296 bytes, verdict or not (100,000 pages at 50k
    /// pairs, and copies of the list while it is sorted). The builder shares one box between the page and the
    /// dashboard's list of verdicts.
    var driftBox: DriftBox?
    /// Index into `ContentSet.documents` of the article shown.
    public var document: Int {
        get { Int(storedDocument) }
        set { storedDocument = Int32(newValue) }
    }
    /// Index into `ContentSet.pairs` of the pair the page stands for (nil for a source page).
    public var pair: Int? {
        get { storedPair < 0 ? nil : Int(storedPair) }
        set { storedPair = newValue.map(Int32.init) ?? -1 }
    }
    public var kind: Kind
    // The indexes in 4 bytes each, last with the kind: a build keeps a page per article and locale to its end.
    private var storedDocument: Int32
    private var storedPair: Int32

    public init(
        locale: String, outputPath: String, relativePath: String, document: Int, kind: Kind, drift: PairDrift?, pair: Int?,
        group: String
    ) {
        self.locale = locale
        self.outputPath = outputPath
        self.relativePath = relativePath
        self.group = group
        self.driftBox = drift.map { DriftBox($0) }
        self.kind = kind
        storedDocument = Int32(document)
        storedPair = pair.map(Int32.init) ?? -1
    }

    /// True for pages whose text is in the page's language (everything but a fallback).
    public var isLanguageVersion: Bool { kind != .fallback }
}
