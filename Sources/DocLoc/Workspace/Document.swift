import Foundation

/// One article file of the content set, parsed.
public struct Document: Sendable {
    /// The locale folder it lives in: `nl-NL`.
    public var locale: String
    /// Its path inside the locale folder: `admin/misc/user-consent.md`. Same path = same article.
    public var relativePath: String
    /// Its path inside the content directory: `nl-NL/admin/misc/user-consent.md` (how diagnostics name it).
    public var path: String
    public var url: URL
    public var article: Article
    /// false for files that could not be read as text (reported, not rendered).
    public var isUsable: Bool
    /// `Fingerprint` of the file's bytes.
    public var fingerprint: String?

    public init(
        locale: String, relativePath: String, url: URL, article: Article, isUsable: Bool = true,
        fingerprint: String? = nil
    ) {
        self.locale = locale
        self.relativePath = relativePath
        self.path = "\(locale)/\(relativePath)"
        self.url = url
        self.article = article
        self.isUsable = isUsable
        self.fingerprint = fingerprint
    }
}
