/// Turns raw-HTML links written inside Markdown (`<a href="x.md">Active users</a>`, which cmark keeps as two
/// inline HTML tags around text) into link inlines, so that UI paths, link checks and the renderer treat them
/// like Markdown links. Tags with `name` or `id` stay raw HTML: they define anchors.
enum HTMLLinkFolder {
    static func fold(_ blocks: [Block]) -> [Block] {
        blocks.map { $0.mappingInlines(fold) }
    }

    static func fold(_ inlines: [Inline]) -> [Inline] {
        guard inlines.contains(where: { if case .html = $0.kind { true } else { false } }) else { return inlines }
        var result: [Inline] = []
        var index = 0
        while index < inlines.count {
            let inline = inlines[index]
            if case .html(let html) = inline.kind, let href = linkTarget(html),
                let close = inlines[(index + 1)...].firstIndex(where: isClosingAnchor)
            {
                let children = Array(inlines[(index + 1)..<close])
                let kind = InlineKind.link(destination: href, title: "", children: children)
                result.append(Inline(kind, range: inline.range.lowerBound..<inlines[close].range.upperBound))
                index = close + 1
            } else {
                result.append(inline)
                index += 1
            }
        }
        return result
    }

    private static func linkTarget(_ html: String) -> String? {
        guard let tag = HTMLTagScanner.startTags(in: html).first, tag.name == "a", tag.offset == 0,
            let href = tag.attributes["href"], tag.attributes["name"] == nil, tag.attributes["id"] == nil
        else { return nil }
        return href
    }

    private static func isClosingAnchor(_ inline: Inline) -> Bool {
        guard case .html(let html) = inline.kind else { return false }
        // `</a>` with any spaces, in any case: nothing beyond ASCII lowercases to these bytes.
        var closing = "</a>".utf8.makeIterator()
        for byte in html.utf8 where byte != UInt8(ascii: " ") {
            guard byte < 0x80, let expected = closing.next(), byte | (byte.isASCIILetter ? 0x20 : 0) == expected else { return false }
        }
        return closing.next() == nil
    }
}
