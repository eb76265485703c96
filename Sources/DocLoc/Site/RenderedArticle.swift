/// An article's body as HTML, with what the page around it needs.
public struct RenderedArticle: Sendable {
    public var body: [UInt8]
    /// The `h2`/`h3` headings, for the on-page table of contents.
    public var tableOfContents: [TOCEntry]
    /// Whether the body starts with its own `h1` (else the page writes the title as one).
    public var hasTitleHeading: Bool
    /// Content paths of the images and files the page links to, to copy into the site.
    public var usedFiles: Set<String>
    /// Every id the body defines.
    public var ids: IDRegistry
}
