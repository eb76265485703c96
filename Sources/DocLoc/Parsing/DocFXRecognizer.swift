/// Turns the CommonMark blocks of a DocFX article into DocFX blocks: `> [!NOTE]` alerts, `[!INCLUDE[..](..)]`,
/// `[!VIDEO ..]`, `::: moniker range=".."` … `::: moniker-end` and `:::image …:::`. Directive lines that cmark
/// folded into a neighbouring paragraph are split out first, so their line numbers stay true.
struct DocFXRecognizer {
    func recognize(_ blocks: [Block]) -> [Block] {
        let split = blocks.flatMap(splitDirectiveLines)
        let classified = split.map(classify)
        return groupDirectives(classified)
    }

    // MARK: - Single blocks

    private func classify(_ block: Block) -> Block {
        switch block.kind {
        case .blockQuote(let children):
            return quote(recognize(children), range: block.range)
        case .list(var list):
            list.items = list.items.map { ListItem(blocks: recognize($0.blocks), range: $0.range) }
            return Block(.list(list), range: block.range)
        case .paragraph(let inlines):
            return paragraph(inlines, range: block.range) ?? block
        default:
            return block
        }
    }

    /// A paragraph that is a whole DocFX directive, or nil.
    private func paragraph(_ inlines: [Inline], range: SourceRange) -> Block? {
        // Every directive starts with `[!` or `:::`; most paragraphs are prose and stop here.
        guard let first = inlines.first, case .text(let lead) = first.kind,
            let initial = lead.unicodeScalars.first(where: { $0 != " " }), initial == "[" || initial == ":"
        else { return nil }
        let text = inlines.plainText.trimmingSpaces
        if let include = include(in: inlines, text: text) {
            return Block(.include(include), range: range)
        }
        if let url = Directive.video(text) {
            return Block(.video(url: url), range: range)
        }
        if text.hasPrefix(":::image"), text.hasSuffix(":::"), !text.hasPrefix(":::image-end") {
            let attributes = Directive.attributes(text)
            let image = DocFXImage(
                type: attributes["type"] ?? "content", source: attributes["source"] ?? "",
                altText: attributes["alt-text"] ?? "", lightbox: attributes["lightbox"], longDescription: nil)
            return Block(.image(image), range: range)
        }
        return nil
    }

    private func include(in inlines: [Inline], text: String) -> Include? {
        guard text.hasPrefix("[!"), text.prefix(9).lowercased() == "[!include", text.hasSuffix("]") else { return nil }
        for inline in inlines {
            if case .link(let destination, _, let children) = inline.kind {
                return Include(title: children.plainText, path: destination)
            }
        }
        return nil
    }

    private func quote(_ children: [Block], range: SourceRange) -> Block {
        if children.count == 1, case .video = children[0].kind {
            return Block(children[0].kind, range: range)
        }
        guard let first = children.first, case .paragraph(let inlines) = first.kind else {
            return Block(.blockQuote(children), range: range)
        }
        let text = inlines.plainText.trimmingSpaces
        guard let (kind, markerLength) = Directive.alert(text) else {
            return Block(.blockQuote(children), range: range)
        }
        var rest = Array(children.dropFirst())
        let remaining = Self.dropping(characters: markerLength, from: inlines)
        if !remaining.plainText.trimmingSpaces.isEmpty {
            rest.insert(Block(.paragraph(remaining), range: Self.span(remaining.first!.range.lowerBound, first.range.upperBound)), at: 0)
        }
        return Block(.alert(kind: kind, blocks: rest), range: range)
    }

    /// Inlines with the first `count` characters of plain text (and the break after them) removed.
    static func dropping(characters count: Int, from inlines: [Inline]) -> [Inline] {
        var left = count
        var result: [Inline] = []
        for inline in inlines {
            if left <= 0 {
                result.append(inline)
                continue
            }
            let length = inline.plainText.count
            if length <= left {
                left -= length
                continue
            }
            if case .text(let s) = inline.kind {
                let kept = String(s.dropFirst(left))
                var start = inline.range.lowerBound
                start.column += left
                result.append(Inline(.text(kept), range: start..<max(start, inline.range.upperBound)))
            } else {
                result.append(inline)
            }
            left = 0
        }
        while let first = result.first, first.kind == .softBreak || first.plainText.trimmingSpaces.isEmpty {
            result.removeFirst()
        }
        return result
    }

    // MARK: - Directive lines inside paragraphs

    /// Splits a paragraph at lines starting with `:::` and at `[!INCLUDE[…](…)]` lines, which DocFX reads as
    /// their own blocks (without this, only the first of several include lines in a row would be included).
    private func splitDirectiveLines(_ block: Block) -> [Block] {
        guard case .paragraph(let inlines) = block.kind,
            inlines.contains(where: { $0.kind == .softBreak })
        else { return [block] }
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            if inline.kind == .softBreak || inline.kind == .lineBreak {
                lines.append([])
            } else {
                lines[lines.count - 1].append(inline)
            }
        }
        let isDirective = { (line: [Inline]) -> Bool in
            let text = line.plainText.trimmingSpaces
            return text.hasPrefix(":::") || (text.lowercased().hasPrefix("[!include") && text.hasSuffix("]"))
        }
        guard lines.contains(where: isDirective) else { return [block] }
        var result: [Block] = []
        var pending: [Inline] = []
        func flush() {
            guard let first = pending.first, let last = pending.last else { return }
            var chunk = pending
            while chunk.last?.kind == .softBreak { chunk.removeLast() }
            result.append(Block(.paragraph(chunk), range: Self.span(first.range.lowerBound, last.range.upperBound)))
            pending = []
        }
        for (i, line) in lines.enumerated() {
            if isDirective(line), let first = line.first, let last = line.last {
                flush()
                result.append(Block(.paragraph(line), range: Self.span(first.range.lowerBound, last.range.upperBound)))
            } else {
                if !pending.isEmpty, i > 0 {
                    let at = pending.last!.range.upperBound
                    pending.append(Inline(.softBreak, range: at..<at))
                }
                pending.append(contentsOf: line)
            }
        }
        flush()
        return result
    }

    // MARK: - Monikers and complex images

    private func groupDirectives(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let text = Directive.lineText(block)
            if let range = text.flatMap(Directive.monikerRange) {
                var inner: [Block] = []
                var end = block.range.upperBound
                index += 1
                while index < blocks.count, Directive.lineText(blocks[index]).map(Directive.isMonikerEnd) != true {
                    inner.append(blocks[index])
                    end = blocks[index].range.upperBound
                    index += 1
                }
                if index < blocks.count { end = blocks[index].range.upperBound }
                index += 1
                result.append(Block(.moniker(range: range, blocks: groupDirectives(inner)), range: Self.span(block.range.lowerBound, end)))
                continue
            }
            if case .image(var image) = block.kind, image.type == "complex" {
                var description: [String] = []
                var probe = index + 1
                while probe < blocks.count, Directive.lineText(blocks[probe])?.hasPrefix(":::image-end") != true {
                    description.append(blocks[probe].plainText)
                    probe += 1
                }
                if probe < blocks.count {
                    image.longDescription = description.joined(separator: "\n")
                    result.append(Block(.image(image), range: Self.span(block.range.lowerBound, blocks[probe].range.upperBound)))
                    index = probe + 1
                    continue
                }
            }
            result.append(block)
            index += 1
        }
        return result
    }

    /// `start..<end`, or an empty range at `start` when cmark reported the end before the start (positions
    /// of inlines after a line break inside raw HTML can run backwards; found by the fuzzer).
    static func span(_ start: SourceLocation, _ end: SourceLocation) -> SourceRange {
        start..<max(start, end)
    }
}
