/// A fragment target the page defines.
public struct Anchor: Hashable, Codable, Sendable {
    public enum Origin: String, Hashable, Codable, Sendable {
        /// The slug of a heading (with `-N` for repeats).
        case heading
        /// `<a name="…">` or an `id="…"` attribute in raw HTML.
        case explicit
    }

    public var name: String
    public var origin: Origin
    public var location: SourceLocation
    /// Index of the section it stands in.
    public var section: Int
}
