/// The prose of a section as pieces of text with their positions: the text nodes of its heading and of every
/// block inside it (paragraphs, list items, table cells, alerts), without code, URLs or raw HTML.
struct SectionText: Sendable {
    struct Piece: Hashable, Sendable {
        var text: String
        var location: SourceLocation
    }

    static func pieces(of section: Section) -> [Piece] {
        var result: [Piece] = []
        collect(section.heading, into: &result)
        for block in section.blocks {
            block.walk { b in
                if case .heading = b.kind { collect(b.inlines, into: &result) }
                if case .paragraph = b.kind { collect(b.inlines, into: &result) }
                if case .table = b.kind { collect(b.inlines, into: &result) }
            }
        }
        return result
    }

    private static func collect(_ inlines: [Inline], into result: inout [Piece]) {
        for inline in inlines {
            inline.walk { i in
                if case .text(let s) = i.kind { result.append(Piece(text: s, location: i.range.lowerBound)) }
            }
        }
    }

    /// The paragraphs of a section (list item and alert paragraphs included), in document order.
    static func paragraphs(of section: Section) -> [Block] {
        var result: [Block] = []
        for block in section.blocks {
            block.walk { b in
                if case .paragraph = b.kind { result.append(b) }
            }
        }
        return result
    }

    /// The text of inlines without inline code and raw HTML: what a translator translates. Without
    /// `links`, link texts are left out too (the title of an English page may stay English).
    static func prose(_ inlines: [Inline], links: Bool = true) -> String {
        var out = ""
        for inline in inlines { append(inline, to: &out, links: links) }
        return out
    }

    private static func append(_ inline: Inline, to out: inout String, links: Bool) {
        switch inline.kind {
        case .text(let s): out += s
        case .softBreak, .lineBreak, .code: out += " "
        case .link where !links: out += " "
        case .html, .image: break
        default: for child in inline.children { append(child, to: &out, links: links) }
        }
    }
}
