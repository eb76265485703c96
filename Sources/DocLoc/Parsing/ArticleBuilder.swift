/// Builds an `Article` from recognized blocks: splits them into sections at top-level headings, gives every
/// heading its slug (in document order, nested headings included), and collects the facts the checks read.
struct ArticleBuilder {
    var path: String
    var frontMatter: FrontMatter
    var bodyStartLine: Int

    private var article: Article
    private var slugs: [SourceLocation: String] = [:]
    private var section = 0
    /// Where the first raw HTML block nested past `HTMLNesting.limit` elements goes too deep (flattened there when
    /// rendered), if one does.
    private(set) var tooDeepHTML: SourceLocation?

    init(path: String, frontMatter: FrontMatter, bodyStartLine: Int) {
        self.path = path
        self.frontMatter = frontMatter
        self.bodyStartLine = bodyStartLine
        self.article = Article(path: path, frontMatter: frontMatter, bodyStartLine: bodyStartLine)
    }

    mutating func build(_ blocks: [Block]) -> Article {
        assignSlugs(blocks)
        article.sections = sections(blocks)
        for (index, section) in article.sections.enumerated() {
            self.section = index
            if section.level > 0 {
                article.anchors.append(Anchor(name: section.slug, origin: .heading, location: section.range.lowerBound, section: index))
                collect(section.heading)
            }
            for block in section.blocks { collect(block) }
        }
        return article
    }

    // MARK: - Sections and slugs

    private mutating func assignSlugs(_ blocks: [Block]) {
        var slugger = Slugger()
        for block in blocks {
            block.walk { b in
                if case .heading(_, let content) = b.kind { slugs[b.range.lowerBound] = slugger.next(content.plainText) }
            }
        }
    }

    private func sections(_ blocks: [Block]) -> [Section] {
        var result: [Section] = []
        for block in blocks {
            if case .heading(let level, let content) = block.kind {
                let explicit = content.lazy.compactMap(Self.anchorName).first
                result.append(
                    Section(
                        level: level, title: content.plainText.trimmingSpaces, slug: slugs[block.range.lowerBound] ?? "",
                        explicitAnchor: explicit, range: block.range, heading: content, blocks: []))
            } else if result.isEmpty {
                result.append(Section(level: 0, title: "", slug: "", explicitAnchor: nil, range: block.range, heading: [], blocks: [block]))
            } else {
                result[result.count - 1].blocks.append(block)
            }
        }
        return result
    }

    /// `<a name="x">` or `<a id="x">` in an inline HTML tag.
    private static func anchorName(_ inline: Inline) -> String? {
        guard case .html(let html) = inline.kind else { return nil }
        return HTMLTagScanner.startTags(in: html).lazy.compactMap { $0.attributes["name"] ?? $0.attributes["id"] }.first
    }

    // MARK: - Facts

    private mutating func collect(_ block: Block) {
        switch block.kind {
        case .heading(_, let content):
            // A nested heading (inside a moniker or list) defines an anchor too.
            if let slug = slugs[block.range.lowerBound] {
                article.anchors.append(Anchor(name: slug, origin: .heading, location: block.range.lowerBound, section: section))
            }
            collect(content)
        case .paragraph(let inlines):
            collect(inlines)
        case .table(let table):
            for row in table.rows { for cell in row.cells { collect(cell) } }
        case .html(let html):
            collectHTML(html, at: block.range.lowerBound)
            if tooDeepHTML == nil, let offset = HTMLNesting.firstTooDeep(in: html) {
                tooDeepHTML = block.range.lowerBound.advanced(over: html.unicodeScalars.prefix(offset))
            }
        case .include(let include):
            article.includes.append(TextRun(text: include.path, location: block.range.lowerBound, section: section))
        case .image(let image):
            article.images.append(ImageReference(source: image.source, altText: image.altText, location: block.range.lowerBound, section: section))
        case .video(let url):
            addLink(text: url, destination: url, at: block.range.lowerBound)
        default:
            break
        }
        for child in block.childBlocks { collect(child) }
    }

    private mutating func collect(_ inlines: [Inline]) {
        article.uiPaths.append(contentsOf: UIPathScanner.paths(in: inlines, section: section))
        collectIncludes(inlines)
        for inline in inlines { collect(inline) }
    }

    private mutating func collect(_ inline: Inline) {
        let at = inline.range.lowerBound
        switch inline.kind {
        case .text(let text):
            for (offset, number) in NumberScanner.numbers(in: text) {
                article.numbers.append(TextRun(text: number, location: at.advanced(by: offset), section: section))
            }
        case .code(let code):
            article.inlineCode.append(TextRun(text: code, location: at, section: section))
        case .strong(let children):
            article.boldRuns.append(TextRun(text: children.plainText.trimmingSpaces, location: at, section: section))
            collectIncludes(children)
            for child in children { collect(child) }
        case .link(let destination, _, let children):
            addLink(text: children.plainText.trimmingSpaces, destination: destination, at: at)
            for child in children { collect(child) }
        case .image(let source, _, let alt):
            article.images.append(ImageReference(source: source, altText: alt.plainText, location: at, section: section))
        case .html(let html):
            collectHTML(html, at: at)
        case .emphasis(let children), .strikethrough(let children):
            collectIncludes(children)
            for child in children { collect(child) }
        case .softBreak, .lineBreak:
            break
        }
    }

    /// `[!INCLUDE[title](path)]` written inside a sentence (a whole-paragraph include is a block).
    private mutating func collectIncludes(_ inlines: [Inline]) {
        for (i, inline) in inlines.enumerated() where i > 0 {
            guard case .link(let destination, _, _) = inline.kind,
                case .text(let before) = inlines[i - 1].kind, before.lowercased().hasSuffix("[!include")
            else { continue }
            article.includes.append(TextRun(text: destination, location: inlines[i - 1].range.lowerBound, section: section))
        }
    }

    private mutating func collectHTML(_ html: String, at location: SourceLocation) {
        // The tags come in order: each one's place is counted on from the one before. Counted from the start of the
        // block for each, a block of 10,000 nested `<div>`s took 0.75 s and one of 100,000 over a minute.
        var (place, counted, rest) = (location, 0, html.unicodeScalars[...])
        for tag in HTMLTagScanner.startTags(in: html) {
            if tag.offset < counted { (place, counted, rest) = (location, 0, html.unicodeScalars[...]) }
            place = place.advanced(over: rest.prefix(tag.offset - counted))
            rest = rest.dropFirst(tag.offset - counted)
            counted = tag.offset
            if let name = tag.attributes["id"] ?? (tag.name == "a" ? tag.attributes["name"] : nil), !name.isEmpty {
                article.anchors.append(Anchor(name: name, origin: .explicit, location: place, section: section))
            }
            if tag.name == "a", let href = tag.attributes["href"] {
                addLink(text: "", destination: href, at: place)
            }
            if tag.name == "img", let src = tag.attributes["src"] {
                article.images.append(ImageReference(source: src, altText: tag.attributes["alt"] ?? "", location: place, section: section))
            }
        }
    }

    private mutating func addLink(text: String, destination: String, at location: SourceLocation) {
        let (kind, fwlink) = LinkClassifier.classify(destination)
        article.links.append(
            Link(text: text, destination: destination, kind: kind, fwlinkID: fwlink, location: location, section: section))
    }
}

extension SourceLocation {
    /// The location `offset` characters further on the same line.
    func advanced(by offset: Int) -> SourceLocation {
        SourceLocation(line: line, column: column + offset)
    }

    /// The location just past `scalars`, which start here and may span lines.
    func advanced(over scalars: some Sequence<Unicode.Scalar>) -> SourceLocation {
        var result = self
        for scalar in scalars {
            if scalar == "\n" {
                result.line += 1
                result.column = 1
            } else {
                result.column += 1
            }
        }
        return result
    }
}
