/// Walks an article's blocks once and gathers what the parser's facts leave out: raw-HTML links
/// (`<a href="…">Active users</a>`) folded into link inlines, so that UI paths ending in one are found and
/// their labels checked, and the visible text of each such link.
struct InlineFactGatherer {
    var section = 0
    private(set) var uiPaths: [UIPath] = []
    private(set) var htmlLinkTexts: [SourceLocation: String] = [:]

    mutating func visit(_ block: Block) {
        switch block.kind {
        case .heading(_, let content), .paragraph(let content):
            visit(inlines: content)
        case .table(let table):
            for row in table.rows { for cell in row.cells { visit(inlines: cell) } }
        default:
            break
        }
        for child in block.childBlocks { visit(child) }
    }

    mutating func visit(inlines: [Inline]) {
        let folded = fold(inlines)
        uiPaths += UIPathScanner.paths(in: folded, section: section)
    }

    /// `html("<a href=x>")`, inlines…, `html("</a>")` → one `.link(x)` holding those inlines.
    private mutating func fold(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        var i = 0
        while i < inlines.count {
            let inline = inlines[i]
            if case .html(let html) = inline.kind, let tag = HTMLTagScanner.startTags(in: html).last,
                tag.name == "a", let href = tag.attributes["href"], !html.lowercased().contains("</a"),
                let close = inlines[(i + 1)...].firstIndex(where: Self.isClosingAnchor)
            {
                let children = Array(inlines[(i + 1)..<close])
                let location = inline.range.lowerBound.advanced(by: tag.offset, in: html)
                htmlLinkTexts[location] = children.plainText.trimmingSpaces
                result.append(
                    Inline(
                        .link(destination: href, title: "", children: fold(children)),
                        range: location..<inlines[close].range.upperBound))
                i = close + 1
                continue
            }
            result.append(inline)
            i += 1
        }
        return result
    }

    private static func isClosingAnchor(_ inline: Inline) -> Bool {
        if case .html(let html) = inline.kind { return html.lowercased().hasPrefix("</a") }
        return false
    }
}
