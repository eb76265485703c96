/// Where a link written in an article leads on the built site.
public enum SiteLink: Hashable, Sendable {
    /// A scheme that must not reach a page (`javascript:`, `data:` …).
    case refused
    /// Left as written: external URLs, site-absolute paths, relative links to files that do not exist.
    case unchanged(String)
    /// `#fragment` on the same page.
    case fragment(String)
    /// A page of the site, by output path (`nl-NL/admin/x.html`).
    case page(String, fragment: String?)
    /// A file of the content tree copied to the site, by content path (`en-US/media/x.png`).
    case file(String, fragment: String?)
}

/// How the renderer learns where links lead. `documentPath` is the content path of the Markdown file the
/// link is written in (the article, or an include); `pageLocale` is the locale of the page being written,
/// which differs from the document's when a missing translation shows the source.
public protocol LinkResolving: Sendable {
    func resolve(_ destination: String, writtenIn documentPath: String, pageLocale: String) -> SiteLink
}

/// How the renderer finds images and other files: the content path of the file a reference names, looked up
/// in the page's locale first, then where the reference points, then in the source locale; nil when none exists.
public protocol AssetLooking: Sendable {
    func asset(_ reference: String, writtenIn documentPath: String, pageLocale: String) -> String?
}

/// How the renderer reads an included Markdown file: the parsed article at a content path.
public protocol ArticleProviding: Sendable {
    func article(at contentPath: String) -> Article?
}
