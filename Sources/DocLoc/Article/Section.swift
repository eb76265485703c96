/// A heading and the blocks up to the next heading. The first section of an article may have no heading
/// (`level == 0`): it holds what comes before the first heading.
public struct Section: Hashable, Codable, Sendable {
    public var level: Int
    /// The heading's text as a reader sees it; empty for the lead section.
    public var title: String
    /// The heading's slug with DocFX's `-1`, `-2`, … suffix for repeats: the anchor this heading defines.
    public var slug: String
    /// The `<a name="…">` written inside the heading: in a translation, the slug of the English heading
    /// it was translated from.
    public var explicitAnchor: String?
    /// The heading line, or the first block's line for a lead section.
    public var range: SourceRange
    public var heading: [Inline]
    public var blocks: [Block]

    /// The anchor that aligns this section across languages: the explicit anchor if any, else the slug.
    public var alignmentKey: String { explicitAnchor ?? slug }
}
