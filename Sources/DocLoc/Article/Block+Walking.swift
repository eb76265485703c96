extension Block {
    /// Nested blocks: list item blocks, quoted blocks, alert and moniker contents.
    public var childBlocks: [Block] {
        switch kind {
        case .list(let list): list.items.flatMap(\.blocks)
        case .blockQuote(let b), .alert(_, let b), .moniker(_, let b): b
        default: []
        }
    }

    /// The inline content directly held by this block (paragraph, heading, table cells).
    public var inlines: [Inline] {
        switch kind {
        case .heading(_, let c), .paragraph(let c): c
        case .table(let t): t.rows.flatMap { $0.cells.flatMap { $0 } }
        default: []
        }
    }

    /// Calls `visit` on this block and every block inside it, in document order.
    public func walk(_ visit: (Block) -> Void) {
        visit(self)
        for child in childBlocks { child.walk(visit) }
    }

    /// The text a reader sees in this block and its children.
    public var plainText: String {
        switch kind {
        case .codeBlock(_, let code): code
        case .html: ""
        case .include(let inc): inc.title
        case .image(let img): img.altText
        case .video(let url): url
        case .table(let t): t.rows.map { $0.cells.map(\.plainText).joined(separator: " | ") }.joined(separator: "\n")
        default:
            if !inlines.isEmpty { inlines.plainText } else { childBlocks.map(\.plainText).joined(separator: "\n") }
        }
    }
}

extension Inline {
    /// Calls `visit` on this inline and every inline inside it, in document order.
    public func walk(_ visit: (Inline) -> Void) {
        visit(self)
        for child in children { child.walk(visit) }
    }
}
