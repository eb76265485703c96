/// An inline element of Markdown with its place in the file.
public struct Inline: Hashable, Codable, Sendable {
    public var kind: InlineKind
    public var range: SourceRange

    public init(_ kind: InlineKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The kinds of inline content docloc models: CommonMark, GFM strikethrough and autolinks.
public indirect enum InlineKind: Hashable, Codable, Sendable {
    case text(String)
    case code(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case link(destination: String, title: String, children: [Inline])
    case image(source: String, title: String, alt: [Inline])
    /// Raw inline HTML, exactly as written (the renderer sanitizes it).
    case html(String)
    case softBreak
    case lineBreak
}

extension Inline {
    /// The children of a container inline, empty for leaves.
    public var children: [Inline] {
        switch kind {
        case .emphasis(let c), .strong(let c), .strikethrough(let c): c
        case .link(_, _, let c): c
        case .image(_, _, let alt): alt
        case .text, .code, .html, .softBreak, .lineBreak: []
        }
    }

    /// The text a reader sees: markup dropped, code kept, breaks as spaces, raw HTML dropped.
    public var plainText: String {
        switch kind {
        case .text(let s), .code(let s): s
        case .softBreak, .lineBreak: " "
        case .html: ""
        default: children.plainText
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}
