/// The shape of a section's blocks, one element per thing a reader counts: paragraphs, numbered steps, list
/// items, tables (rows × columns), alerts (with their type), code blocks, includes, videos, nested headings.
/// Raw HTML and empty paragraphs (`<a name="…"></a>` alone) are not shape.
struct BlockSkeleton: Sendable {
    struct Element: Hashable, Sendable {
        /// What the element is, for counting: `paragraph`, `step`, `list item`, `table`, `alert`, …
        var category: String
        /// Its full shape: category and details (`table 3 rows × 2 columns`, `alert NOTE`). Nesting depth is
        /// not shape: indentation slips (an alert in or after a list item) say nothing about the content.
        var shape: String
        var line: Int

        static func == (a: Element, b: Element) -> Bool { a.shape == b.shape }
        func hash(into hasher: inout Hasher) { hasher.combine(shape) }
    }

    var elements: [Element] = []

    init(_ blocks: [Block]) {
        for block in blocks { add(block) }
    }

    private mutating func add(_ block: Block) {
        let line = block.range.lowerBound.line
        func append(_ category: String, _ detail: String = "") {
            let shape = "\(category)\(detail.isEmpty ? "" : " \(detail)")"
            elements.append(Element(category: category, shape: shape, line: line))
        }
        switch block.kind {
        case .paragraph(let inlines):
            if !SectionText.prose(inlines).allSatisfy(\.isWhitespace) || inlines.contains(where: Self.isVisibleMedia) {
                append("paragraph")
            }
        case .heading: append("heading")
        case .list(let list):
            for item in list.items {
                elements.append(Element(
                    category: list.ordered ? "step" : "list item", shape: list.ordered ? "step" : "list item",
                    line: item.range.lowerBound.line))
                // The item's own text is the item; further blocks in it are nested shape.
                for (i, child) in item.blocks.enumerated() {
                    if i == 0, case .paragraph = child.kind { continue }
                    add(child)
                }
            }
            return
        case .table(let table): append("table", "\(table.rows.count) rows × \(table.columnCount) columns")
        case .alert(let kind, _): append("alert", kind.rawValue)
        case .blockQuote: append("quote")
        case .codeBlock: append("code block")
        case .include: append("include")
        case .video: append("video")
        case .moniker(let range, _): append("moniker", range)
        case .image, .html, .thematicBreak: return
        }
        for child in block.childBlocks { add(child) }
    }

    private static func isVisibleMedia(_ inline: Inline) -> Bool {
        if case .image = inline.kind { return true }
        return inline.children.contains(where: isVisibleMedia)
    }
}
