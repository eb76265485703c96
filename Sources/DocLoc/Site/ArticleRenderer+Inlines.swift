extension ArticleRenderer {
    /// Renders inline content. Raw HTML arrives from cmark one tag at a time (`<kbd>`, text, `</kbd>`), so
    /// tags are sanitized one by one and balanced here: whatever a container opened is closed at its end.
    mutating func inlines(_ inlines: [Inline]) {
        let base = openInline.count
        for inline in inlines { self.inline(inline) }
        closeInline(downTo: base)
    }

    var isSuppressed: Bool { openInline.contains { $0.mode == .dropped } }

    mutating func inline(_ inline: Inline) {
        if case .html(let html) = inline.kind {
            rawTag(html)
            return
        }
        if isSuppressed { return }
        switch inline.kind {
        case .text(let text): writer.text(text)
        case .code(let code): writer.element("code", text: code)
        case .emphasis(let children): wrapped("em", children)
        case .strong(let children): wrapped("strong", children)
        case .strikethrough(let children): wrapped("del", children)
        case .link(let destination, let title, let children):
            guard let href = urls.link(destination) else {
                inlines(children)
                return
            }
            var attributes = [("href", href)]
            if !title.isEmpty { attributes.append(("title", title)) }
            writer.open("a", attributes)
            inlines(children)
            writer.close("a")
        case .image(let source, let title, let alt):
            guard let src = urls.image(source) else {
                writer.text(alt.plainText)
                return
            }
            var attributes = [("src", src), ("alt", alt.plainText)]
            if !title.isEmpty { attributes.append(("title", title)) }
            writer.void("img", attributes)
        case .softBreak: writer.append("\n")
        case .lineBreak: writer.append("<br/>\n")
        case .html: break
        }
    }

    private mutating func wrapped(_ name: String, _ children: [Inline]) {
        writer.open(name)
        inlines(children)
        writer.close(name)
    }

    /// One inline tag: a start tag is parsed by libxml2 and judged by the allow-list; an end tag closes the
    /// matching open element; comments and anything else are left out.
    mutating func rawTag(_ html: String) {
        let trimmed = html.trimmingSpaces
        if trimmed.hasPrefix("</") {
            let name = String(trimmed.dropFirst(2).prefix { $0.isLetter || $0.isNumber }).lowercased()
            if let index = openInline.lastIndex(where: { $0.name == name }) { closeInline(downTo: index) }
            return
        }
        guard trimmed.hasPrefix("<"), trimmed.dropFirst().first?.isLetter == true,
            case .element(let name, let attributes, _)? = startTag(trimmed)
        else { return }
        if isSuppressed {
            if !HTMLWriter.voidElements.contains(name) { openInline.append(OpenInlineTag(name: name, mode: .dropped)) }
            return
        }
        switch HTMLSanitizer.verdict(name: name, attributes: attributes, ids: &ids, urls: &urls) {
        case .drop:
            if !HTMLWriter.voidElements.contains(name) { openInline.append(OpenInlineTag(name: name, mode: .dropped)) }
        case .unwrap:
            if !HTMLWriter.voidElements.contains(name) { openInline.append(OpenInlineTag(name: name, mode: .unwrapped)) }
        case .keep(let kept, let keptAttributes):
            if HTMLWriter.voidElements.contains(kept) {
                writer.void(kept, keptAttributes)
            } else {
                writer.open(kept, keptAttributes)
                openInline.append(OpenInlineTag(name: kept, mode: .written))
            }
        }
    }

    private mutating func startTag(_ html: String) -> HTMLNode? {
        if let cached = tagCache[html] { return cached }
        let node = StartTagCache.shared.startTag(html)
        tagCache[html] = .some(node)
        return node
    }

    mutating func closeInline(downTo count: Int) {
        while openInline.count > count {
            let tag = openInline.removeLast()
            if tag.mode == .written { writer.close(tag.name) }
        }
    }
}
