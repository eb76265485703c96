/// An image an article shows: `![alt](src)`, `:::image source="…":::` or `<img src>` in raw HTML.
public struct ImageReference: Hashable, Codable, Sendable {
    public var source: String
    public var altText: String
    public var location: SourceLocation
    public var section: Int
}
