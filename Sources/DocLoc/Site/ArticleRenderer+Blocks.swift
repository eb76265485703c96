/// The block kinds beyond paragraphs and headings: lists, tables, code, and the DocFX extensions.
extension ArticleRenderer {
    mutating func list(_ list: List) {
        let name = list.ordered ? "ol" : "ul"
        writer.open(name, list.ordered && list.start != 1 ? [("start", String(list.start))] : [])
        writer.append("\n")
        for item in list.items {
            writer.open("li")
            blocks(item.blocks, tight: list.tight)
            writer.close("li")
            writer.append("\n")
        }
        writer.close(name)
        writer.append("\n")
    }

    mutating func alert(_ kind: AlertKind, _ children: [Block]) {
        let name = kind.rawValue.lowercased()
        writer.open("div", [("class", "alert alert-" + name), ("role", "note")])
        writer.element("p", [("class", "alert-title")], text: strings.alertLabel(kind))
        blocks(children, tight: false)
        writer.close("div")
        writer.append("\n")
    }

    mutating func codeBlock(language: String, code: String) {
        let cleaned = String(language.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "+") })
        writer.append("<pre>")
        writer.open("code", cleaned.isEmpty ? [] : [("class", "language-" + cleaned.lowercased())])
        writer.text(code)
        writer.close("code")
        writer.append("</pre>\n")
    }

    mutating func table(_ table: Table) {
        writer.append("<div class=\"table-wrap\"><table>\n")
        let header = table.rows.filter(\.isHeader)
        let body = table.rows.filter { !$0.isHeader }
        if !header.isEmpty {
            writer.append("<thead>\n")
            for row in header { self.row(row, cell: "th", alignments: table.alignments) }
            writer.append("</thead>\n")
        }
        if !body.isEmpty {
            writer.append("<tbody>\n")
            for row in body { self.row(row, cell: "td", alignments: table.alignments) }
            writer.append("</tbody>\n")
        }
        writer.append("</table></div>\n")
    }

    private mutating func row(_ row: TableRow, cell name: String, alignments: [Table.Alignment]) {
        writer.append("<tr>")
        for (index, cell) in row.cells.enumerated() {
            let alignment = index < alignments.count ? alignments[index] : .none
            writer.open(name, alignment == .none ? [] : [("class", "align-" + alignment.rawValue)])
            inlines(cell)
            writer.close(name)
        }
        writer.append("</tr>\n")
    }

    /// `[!INCLUDE]`: the include in the page's locale first, then in the source locale; its links and
    /// images resolve from the include's own folder.
    mutating func include(_ include: Include) {
        guard includeStack.count <= 8, includesRendered < Self.maximumIncludes,
            let resolved = SitePath.resolve(LinkTarget(include.path).path, against: urls.documentPath)
        else { return }
        let rest = SitePath.splitLocale(resolved).rest
        let candidates = [urls.pageLocale + "/" + rest, resolved, sourceLocale + "/" + rest]
        guard let path = candidates.first(where: { includes.article(at: $0) != nil }), !includeStack.contains(path),
            let article = includes.article(at: path)
        else { return }
        let saved = (urls.documentPath, headingSlugs)
        includesRendered += 1
        includeStack.append(path)
        urls.documentPath = path
        headingSlugs = Self.slugs(of: article)
        for section in article.sections {
            if section.level > 0 {
                heading(level: section.level, content: section.heading, slug: section.slug, explicit: section.explicitAnchor)
            }
            blocks(section.blocks, tight: false)
        }
        (urls.documentPath, headingSlugs) = saved
        includeStack.removeLast()
    }

    /// A video is a link to the player, never an embedded frame.
    mutating func video(_ url: String) {
        writer.open("p", [("class", "video")])
        if let href = urls.link(url) {
            writer.open("a", [("href", href)])
            writer.text(strings.watchVideo)
            writer.close("a")
        } else {
            writer.text(strings.watchVideo)
        }
        writer.close("p")
        writer.append("\n")
    }

    mutating func moniker(_ range: String, _ children: [Block]) {
        writer.open("div", [("class", "moniker")])
        writer.open("p", [("class", "moniker-label")])
        writer.text(strings.appliesTo + " ")
        writer.element("code", text: range)
        writer.close("p")
        writer.append("\n")
        blocks(children, tight: false)
        writer.close("div")
        writer.append("\n")
    }

    mutating func docFXImage(_ image: DocFXImage) {
        guard let src = urls.image(image.source) else { return }
        let isIcon = image.type == "icon"
        writer.open(isIcon ? "span" : "figure", [("class", "image image-" + (isIcon ? "icon" : "content"))])
        let lightbox = image.lightbox.flatMap { urls.image($0) }
        if let lightbox { writer.open("a", [("href", lightbox)]) }
        writer.void("img", [("src", src), ("alt", image.altText)])
        if lightbox != nil { writer.close("a") }
        if let description = image.longDescription, !description.isEmpty {
            writer.open("details")
            writer.element("summary", text: strings.imageDescription)
            writer.element("p", text: description)
            writer.close("details")
        }
        writer.close(isIcon ? "span" : "figure")
        if !isIcon { writer.append("\n") }
    }
}
