extension Block {
    /// This block with `transform` applied to every inline sequence in it and in its children
    /// (paragraphs, headings, table cells, and the children of container inlines).
    public func mappingInlines(_ transform: ([Inline]) -> [Inline]) -> Block {
        func deep(_ inlines: [Inline]) -> [Inline] { transform(inlines.map { $0.mappingChildren(transform) }) }
        var copy = self
        switch kind {
        case .heading(let level, let content): copy.kind = .heading(level: level, content: deep(content))
        case .paragraph(let content): copy.kind = .paragraph(deep(content))
        case .table(var table):
            for r in table.rows.indices { table.rows[r].cells = table.rows[r].cells.map { deep($0) } }
            copy.kind = .table(table)
        case .list(var list):
            for i in list.items.indices { list.items[i].blocks = list.items[i].blocks.map { $0.mappingInlines(transform) } }
            copy.kind = .list(list)
        case .blockQuote(let blocks): copy.kind = .blockQuote(blocks.map { $0.mappingInlines(transform) })
        case .alert(let k, let blocks): copy.kind = .alert(kind: k, blocks: blocks.map { $0.mappingInlines(transform) })
        case .moniker(let r, let blocks): copy.kind = .moniker(range: r, blocks: blocks.map { $0.mappingInlines(transform) })
        default: break
        }
        return copy
    }
}

extension Inline {
    /// This inline with `transform` applied to the inline sequences inside it.
    func mappingChildren(_ transform: ([Inline]) -> [Inline]) -> Inline {
        func deep(_ inlines: [Inline]) -> [Inline] { transform(inlines.map { $0.mappingChildren(transform) }) }
        var copy = self
        switch kind {
        case .emphasis(let c): copy.kind = .emphasis(deep(c))
        case .strong(let c): copy.kind = .strong(deep(c))
        case .strikethrough(let c): copy.kind = .strikethrough(deep(c))
        case .link(let d, let t, let c): copy.kind = .link(destination: d, title: t, children: deep(c))
        default: break
        }
        return copy
    }
}
