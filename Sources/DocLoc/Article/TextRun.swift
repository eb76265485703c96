/// A short run of text with its position: a bold label, inline code, a number.
public struct TextRun: Hashable, Codable, Sendable {
    public var text: String
    public var location: SourceLocation
    public var section: Int
}
