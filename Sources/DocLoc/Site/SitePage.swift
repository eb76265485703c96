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
    /// Index into `ContentSet.documents` of the article shown.
    public var document: Int
    public var kind: Kind
    /// The drift verdict, for translations, fallbacks and orphans.
    public var drift: PairDrift? {
        get { driftBox?.value }
        set { driftBox = newValue.map(DriftBox.init) }
    }
    /// The verdict lives in a box: inline it made every page 296 bytes, verdict or not (100,000 pages at 50k
    /// pairs, and copies of the list while it is sorted). The builder shares one box between the page and the
    /// dashboard's list of verdicts.
    var driftBox: DriftBox?
    /// Index into `ContentSet.pairs` of the pair the page stands for (nil for a source page).
    public var pair: Int?
    /// Pages with one key are language versions of one article.
    public var group: String

    public init(
        locale: String, outputPath: String, relativePath: String, document: Int, kind: Kind, drift: PairDrift?, pair: Int?,
        group: String
    ) {
        self.locale = locale
        self.outputPath = outputPath
        self.relativePath = relativePath
        self.document = document
        self.kind = kind
        self.pair = pair
        self.group = group
        self.drift = drift
    }

    /// True for pages whose text is in the page's language (everything but a fallback).
    public var isLanguageVersion: Bool { kind != .fallback }
}
