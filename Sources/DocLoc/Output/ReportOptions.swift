/// What some formats need beyond the report: every article checked (JUnit has a test case per article,
/// passing ones included), where the content directory is (SARIF and GitHub annotations name files from the
/// repository root), and whether warnings fail.
public struct ReportOptions: Sendable {
    public var articles: [String]
    /// Prefixed to content-relative paths in SARIF and GitHub output: `content/`.
    public var pathPrefix: String
    public var strict: Bool

    public init(articles: [String] = [], pathPrefix: String = "", strict: Bool = false) {
        self.articles = articles
        self.pathPrefix = pathPrefix
        self.strict = strict
    }

    /// The prefix for a content directory as given on the command line: `content` → `content/`,
    /// `./docs/content/` → `docs/content/`, `.` → none.
    public static func prefix(forContentDirectory directory: String) -> String {
        var path = directory
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasSuffix("/") { path.removeLast() }
        return path.isEmpty || path == "." ? "" : path + "/"
    }
}
