/// A block of an article with its place in the file.
public struct Block: Hashable, Codable, Sendable {
    public var kind: BlockKind
    public var range: SourceRange

    public init(_ kind: BlockKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// Block kinds: CommonMark and GFM blocks plus the DocFX extensions the articles use.
public indirect enum BlockKind: Hashable, Codable, Sendable {
    case heading(level: Int, content: [Inline])
    case paragraph([Inline])
    case list(List)
    case blockQuote([Block])
    /// `> [!NOTE]` and its kin.
    case alert(kind: AlertKind, blocks: [Block])
    case codeBlock(language: String, code: String)
    /// A raw HTML block, exactly as written.
    case html(String)
    case table(Table)
    case thematicBreak
    /// `[!INCLUDE[title](path)]`.
    case include(Include)
    /// `> [!VIDEO https://…]` or `[!VIDEO …]`.
    case video(url: String)
    /// `::: moniker range="…"` … `::: moniker-end`.
    case moniker(range: String, blocks: [Block])
    /// `:::image type="content" source="…" alt-text="…":::`.
    case image(DocFXImage)
}

public struct List: Hashable, Codable, Sendable {
    public var ordered: Bool
    public var start: Int
    public var tight: Bool
    public var items: [ListItem]
}

public struct ListItem: Hashable, Codable, Sendable {
    public var blocks: [Block]
    public var range: SourceRange
}

public struct Table: Hashable, Codable, Sendable {
    public enum Alignment: String, Hashable, Codable, Sendable { case none, left, center, right }
    public var alignments: [Alignment]
    /// The header row first, then the body rows; each cell is its inline content.
    public var rows: [TableRow]

    public var columnCount: Int { alignments.count }
}

public struct TableRow: Hashable, Codable, Sendable {
    public var cells: [[Inline]]
    public var isHeader: Bool
    public var range: SourceRange
}

/// DocFX alert types.
public enum AlertKind: String, Hashable, Codable, Sendable, CaseIterable {
    case note = "NOTE"
    case tip = "TIP"
    case important = "IMPORTANT"
    case caution = "CAUTION"
    case warning = "WARNING"
}

public struct Include: Hashable, Codable, Sendable {
    public var title: String
    public var path: String
}

public struct DocFXImage: Hashable, Codable, Sendable {
    public var type: String
    public var source: String
    public var altText: String
    public var lightbox: String?
    /// For `type="complex"`, the long description between `:::image:::` and `:::image-end:::`.
    public var longDescription: String?
}
