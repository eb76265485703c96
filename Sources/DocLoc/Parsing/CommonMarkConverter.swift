import CCmarkGFM
import Foundation

/// Parses Markdown with cmark-gfm (tables, strikethrough, autolinks, tag filter) and converts the C tree,
/// in one ENTER/EXIT walk with an explicit stack, into `Block` values. The C tree is freed before return.
/// This is the only file that imports cmark-gfm.
struct CommonMarkConverter {
    /// Where the body starts in the real file (1-based), so every position points into the `.md` file.
    var firstLine: Int = 1
    var lineIndex: LineIndex

    init(body: String, firstLine: Int) {
        self.firstLine = firstLine
        self.lineIndex = LineIndex(body)
    }

    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Containers nested deeper than this are flattened into their ancestor at this depth, so that no later
    /// stage recurses without bound (20,000 nested quotes are an input, not a crash).
    static let maximumDepth = 64

    struct Output {
        var blocks: [Block] = []
        /// Where nesting first went past `maximumDepth`, if it did.
        var flattenedAt: SourceLocation?
        /// Fenced code blocks that are never closed (they run to the end of their container): where each opens.
        var unclosedFences: [SourceLocation] = []
    }

    /// cmark-gfm keeps the inline special-character table in a global that every parse with extensions adds
    /// to and removes from (github/cmark-gfm#221), so concurrent parses lose autolinks at random: the C parse
    /// runs one at a time; the conversion walk stays parallel.
    private static let parseLock = NSLock()

    /// Parses `body` and returns its top-level blocks.
    func convert(_ body: String) -> Output {
        _ = Self.extensionsRegistered
        let options = CMARK_OPT_SOURCEPOS
        guard let parser = cmark_parser_new(options) else { return Output() }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tagfilter"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var body = body
        let parsed: OpaquePointer? = Self.parseLock.withLock {
            body.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
                }
            }
            return cmark_parser_finish(parser)
        }
        guard let document = parsed else { return Output() }
        defer { cmark_node_free(document) }
        return walk(document)
    }

    // MARK: - The walk

    private struct Frame {
        var node: OpaquePointer
        var blocks: [Block] = []
        var inlines: [Inline] = []
        var items: [ListItem] = []
        var rows: [TableRow] = []
        var cells: [[Inline]] = []
    }

    private func walk(_ document: OpaquePointer) -> Output {
        guard let iterator = cmark_iter_new(document) else { return Output() }
        defer { cmark_iter_free(iterator) }
        var stack: [Frame] = []
        var result = Output()
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                if isLeaf(node) {
                    if isUnclosedFence(node) { result.unclosedFences.append(range(of: node).lowerBound) }
                    append(leaf(node), to: &stack)
                } else if stack.count > Self.maximumDepth {
                    // Too deep: this container's children go to the deepest frame kept.
                    if result.flattenedAt == nil { result.flattenedAt = range(of: node).lowerBound }
                } else {
                    stack.append(Frame(node: node))
                }
            } else if event == CMARK_EVENT_EXIT {
                guard stack.last?.node == node, let frame = stack.popLast() else { continue }
                if stack.isEmpty {
                    result.blocks = frame.blocks + strayParagraph(frame)
                } else {
                    append(container(frame), to: &stack)
                }
            }
        }
        return result
    }

    private enum Converted {
        case block(Block)
        case inline(Inline)
        case item(ListItem)
        case row(TableRow)
        case cell([Inline])
        case nothing
    }

    private func append(_ converted: Converted, to stack: inout [Frame]) {
        guard !stack.isEmpty else { return }
        let top = stack.count - 1
        switch converted {
        case .block(let b): stack[top].blocks.append(b)
        case .inline(let i): stack[top].inlines.append(i)
        case .item(let i): stack[top].items.append(i)
        case .row(let r): stack[top].rows.append(r)
        case .cell(let c): stack[top].cells.append(c)
        case .nothing: break
        }
    }

    private func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE, CMARK_NODE_SOFTBREAK,
            CMARK_NODE_LINEBREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK,
            CMARK_NODE_FOOTNOTE_REFERENCE:
            true
        default:
            false
        }
    }

    private func leaf(_ node: OpaquePointer) -> Converted {
        let range = self.range(of: node, inline: true)
        let literal = string(cmark_node_get_literal(node))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .inline(Inline(.text(literal), range: range))
        case CMARK_NODE_CODE: return .inline(Inline(.code(literal), range: range))
        case CMARK_NODE_HTML_INLINE: return .inline(Inline(.html(literal), range: range))
        case CMARK_NODE_SOFTBREAK: return .inline(Inline(.softBreak, range: range))
        case CMARK_NODE_LINEBREAK: return .inline(Inline(.lineBreak, range: range))
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node))
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
            return .block(Block(.codeBlock(language: language, code: literal), range: range))
        case CMARK_NODE_HTML_BLOCK: return .block(Block(.html(literal), range: range))
        case CMARK_NODE_THEMATIC_BREAK: return .block(Block(.thematicBreak, range: range))
        default: return .nothing
        }
    }

    private func container(_ frame: Frame) -> Converted {
        let node = frame.node
        let range = self.range(of: node, inline: isInline(node))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .block(Block(.paragraph(frame.inlines), range: range))
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return .block(Block(.heading(level: level, content: frame.inlines), range: range))
        case CMARK_NODE_BLOCK_QUOTE:
            return .block(Block(.blockQuote(frame.blocks + strayParagraph(frame)), range: range))
        case CMARK_NODE_LIST:
            var items = frame.items
            let stray = frame.blocks + strayParagraph(frame)
            if !stray.isEmpty { items.append(ListItem(blocks: stray, range: range)) }
            let list = List(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: items)
            return .block(Block(.list(list), range: range))
        case CMARK_NODE_ITEM:
            return .item(ListItem(blocks: frame.blocks + strayParagraph(frame), range: range))
        case CMARK_NODE_EMPH:
            return .inline(Inline(.emphasis(frame.inlines), range: range))
        case CMARK_NODE_STRONG:
            return .inline(Inline(.strong(frame.inlines), range: range))
        case CMARK_NODE_LINK:
            let kind = InlineKind.link(
                destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                children: frame.inlines)
            return .inline(Inline(kind, range: range))
        case CMARK_NODE_IMAGE:
            let kind = InlineKind.image(
                source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                alt: frame.inlines)
            return .inline(Inline(kind, range: range))
        default:
            return extensionContainer(frame, range: range)
        }
    }

    /// Tables and strikethrough, which cmark-gfm names by string.
    private func extensionContainer(_ frame: Frame, range: SourceRange) -> Converted {
        let node = frame.node
        switch string(cmark_node_get_type_string(node)) {
        case "table":
            let columns = Int(cmark_gfm_extensions_get_table_columns(node))
            var alignments: [Table.Alignment] = []
            if let raw = cmark_gfm_extensions_get_table_alignments(node) {
                for i in 0..<columns {
                    switch UInt8(raw[i]) {
                    case UInt8(ascii: "l"): alignments.append(.left)
                    case UInt8(ascii: "c"): alignments.append(.center)
                    case UInt8(ascii: "r"): alignments.append(.right)
                    default: alignments.append(.none)
                    }
                }
            }
            return .block(Block(.table(Table(alignments: alignments, rows: frame.rows)), range: range))
        case "table_row", "table_header":
            let header = cmark_gfm_extensions_get_table_row_is_header(node) != 0
            return .row(TableRow(cells: frame.cells, isHeader: header, range: range))
        case "table_cell":
            return .cell(frame.inlines)
        case "strikethrough":
            return .inline(Inline(.strikethrough(frame.inlines), range: range))
        default:
            // Anything else keeps its content in place.
            if !frame.blocks.isEmpty { return .block(Block(.blockQuote(frame.blocks), range: range)) }
            return .inline(Inline(.emphasis(frame.inlines), range: range))
        }
    }

    /// A fenced code block whose last line is not a closing fence: cmark ended it with its container or the
    /// document, so everything after the opening fence became code.
    private func isUnclosedFence(_ node: OpaquePointer) -> Bool {
        guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { return false }
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0 else { return false }
        let start = Int(cmark_node_get_start_line(node)), end = Int(cmark_node_get_end_line(node))
        return end == start || !lineIndex.isClosingFence(line: end, fence: UInt8(bitPattern: character), length: Int(length))
    }

    /// Inlines that reached a block container because the paragraph around them was past `maximumDepth`.
    private func strayParagraph(_ frame: Frame) -> [Block] {
        guard let first = frame.inlines.first, let last = frame.inlines.last else { return [] }
        return [Block(.paragraph(frame.inlines), range: first.range.lowerBound..<last.range.upperBound)]
    }

    // MARK: - Values

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private func isInline(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE: true
        default: string(cmark_node_get_type_string(node)) == "strikethrough"
        }
    }

    private func range(of node: OpaquePointer, inline: Bool = false) -> SourceRange {
        let start = location(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node), inline: inline)
        var end = location(line: cmark_node_get_end_line(node), column: cmark_node_get_end_column(node) + 1, inline: inline)
        if end < start { end = start }
        return start..<end
    }

    private func location(line: Int32, column: Int32, inline: Bool) -> SourceLocation {
        var bodyLine = max(Int(line), 1)
        var byteColumn = max(Int(column), 1)
        if inline {
            // cmark does not count a backslash hard line break as a new line: an inline after one is reported
            // on the line before, past its end. Walk the columns over into the lines they belong to.
            while bodyLine < lineIndex.lineCount, byteColumn > lineIndex.byteLength(line: bodyLine) + 1 {
                let indent = lineIndex.indentation(line: bodyLine + 1)
                byteColumn -= lineIndex.byteLength(line: bodyLine) + 1 - indent
                bodyLine += 1
            }
        }
        let character = lineIndex.characterColumn(line: bodyLine, byteColumn: byteColumn)
        return SourceLocation(line: bodyLine + firstLine - 1, column: character)
    }
}
