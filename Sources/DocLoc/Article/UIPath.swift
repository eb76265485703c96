/// A settings path as an article writes it: `**Settings** > **Org settings** > **Services**`.
///
/// Two or more labels (bold text or link text) joined by `>` or `\>`. Machine translation often leaves words
/// around the `>` (`**instellingen** voor de services voor \> **organisatie**`); such joins are kept, marked
/// `.loose`, so the path can still be checked. A label that follows the path after "select"/"selecteer"
/// (`… > **Services** page, and then select **Integrated apps**`) is a `.continuation`.
public struct UIPath: Hashable, Codable, Sendable {
    public struct Segment: Hashable, Codable, Sendable {
        public enum Join: String, Hashable, Codable, Sendable {
            /// The first label.
            case start
            /// Joined by `>` alone.
            case arrow
            /// Joined by `>` with other words around it.
            case loose
            /// Named after the path with a selection verb ("and then select").
            case continuation
        }

        public var label: String
        public var location: SourceLocation
        /// `true` for a link's text, `false` for bold text.
        public var isLink: Bool
        public var join: Join
    }

    public var segments: [Segment]
    public var section: Int

    public var labels: [String] { segments.map(\.label) }
    public var location: SourceLocation { segments[0].location }
    /// `Settings > Org settings > Services`.
    public var display: String { labels.joined(separator: " > ") }
}
