/// What `SiteBuilder.build` did.
public struct SiteBuildResult: Sendable {
    /// Article pages written (every locale, fallbacks included).
    public var articlePages: Int
    /// Article pages rendered by this build.
    public var renderedPages: Int
    /// Article pages linked unchanged from the previous build (`--incremental`).
    public var reusedPages: Int
    /// Every file written, by path inside the site, sorted.
    public var files: [String]
    /// Files of the content tree copied (images and other linked files).
    public var copiedFiles: Int
    /// Pages libxml2's XML parser rejected (only with verification on). When not empty, nothing was published.
    public var malformed: [MalformedPage]
    /// Whether the new site replaced the output folder.
    public var published: Bool
}
