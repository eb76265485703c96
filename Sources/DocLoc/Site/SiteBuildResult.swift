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
    /// Files of the content tree the site holds (images and other linked files).
    public var copiedFiles: Int
    /// Of those, how many were linked unchanged from the previous site instead of copied (`--incremental`: by their
    /// recorded stamps; a full build: compared byte for byte).
    public var reusedFiles = 0
    /// Files of the new site that are the published site's own files, unchanged (linked: the same inode and
    /// modification time) — in a full build too, where each was compared byte for byte first.
    public var keptFiles = 0
    /// Translation pairs compared by this build (none when it was given a drift report).
    public var comparedPairs = 0
    /// Pairs whose verdict was taken from the previous build because neither article changed (`--incremental`).
    public var reusedVerdicts = 0
    /// Rows of the index pages and the dashboard written again (`StreamedRows`), and of those, how many were copied
    /// from the previous page because their key was unchanged (`--incremental`).
    public var writtenRows = 0
    public var copiedRows = 0
    /// Pages libxml2's XML parser rejected (only with verification on). When not empty, nothing was published.
    public var malformed: [MalformedPage]
    /// Whether the new site replaced the output folder.
    public var published: Bool
}
