/// The rule names of DESIGN.md. They are a contract: more may be added, none renamed.
public enum RuleName {
    public static let frontmatterInvalid = "frontmatter-invalid"
    public static let encodingInvalid = "encoding-invalid"
    public static let fileTooLarge = "file-too-large"
    public static let uipathUnknown = "uipath-unknown"
    public static let uipathOutdated = "uipath-outdated"
    public static let uipathWrongLocale = "uipath-wrong-locale"
    public static let uipathUnmodelled = "uipath-unmodelled"
    public static let linkBroken = "link-broken"
    public static let anchorMissing = "anchor-missing"
    public static let anchorDuplicate = "anchor-duplicate"
    public static let imageMissing = "image-missing"
    public static let includeMissing = "include-missing"
    /// An include that leads back, through other includes, to the article itself.
    public static let includeCycle = "include-cycle"
    public static let fwlinkUnknown = "fwlink-unknown"
    public static let fwlinkMismatch = "fwlink-mismatch"
    public static let linkLocalePinned = "link-locale-pinned"
    public static let assetidDuplicate = "assetid-duplicate"
    public static let localeMismatch = "locale-mismatch"
    /// Markdown nested deeper than docloc keeps (blocks are flattened below that depth).
    public static let nestingTooDeep = "nesting-too-deep"
    /// A fenced code block that is never closed, so the rest of its container is code.
    public static let codeFenceUnclosed = "code-fence-unclosed"
    /// A file docloc will not read: a symlink out of the content tree, a path that climbs out of it.
    public static let pathOutsideContent = "path-outside-content"
}
