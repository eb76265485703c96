/// `docloc inspect` text output: the article as an outline with anchors, UI paths and links, line by line.
public struct ArticleOutline: Sendable {
    public var article: Article
    public var diagnostics: [Diagnostic]

    public init(article: Article, diagnostics: [Diagnostic]) {
        self.article = article
        self.diagnostics = diagnostics
    }

    public func render() -> String {
        var out = "\(article.path): \(article.title)\n"
        let fm = article.frontMatter
        if let start = fm.startLine, let end = fm.endLine {
            out += "front matter: lines \(start)-\(end), \(fm.entries.count) keys"
            if let id = fm.assetID { out += ", assetid \(id)" }
            if let locale = fm.contentLocale { out += ", locale \(locale)" }
            if fm.isMachineTranslated { out += ", machine-translated" }
            out += "\n"
        }
        for (index, section) in article.sections.enumerated() {
            if section.level > 0 {
                let anchor = section.explicitAnchor.map { " <a name=\"\($0)\">" } ?? ""
                out += "\(String(repeating: "#", count: section.level)) \(section.title)  #\(section.slug)\(anchor)  [line \(section.range.lowerBound.line)]\n"
            } else {
                out += "(lead)\n"
            }
            out += "  \(section.blocks.count) block\(section.blocks.count == 1 ? "" : "s"): \(summary(section.blocks))\n"
            for a in article.anchors where a.section == index && a.origin == .explicit {
                out += "  anchor #\(a.name)  [\(a.location)]\n"
            }
            for p in article.uiPaths where p.section == index {
                out += "  ui path: \(p.display)  [\(p.location)]\n"
            }
            for l in article.links where l.section == index {
                let id = l.fwlinkID.map { " (fwlink \($0))" } ?? ""
                out += "  link \(l.kind.rawValue)\(id): \(l.destination)  [\(l.location)]\n"
            }
            for i in article.images where i.section == index { out += "  image: \(i.source)  [\(i.location)]\n" }
            for i in article.includes where i.section == index { out += "  include: \(i.text)  [\(i.location)]\n" }
        }
        for d in diagnostics {
            out += "\(d.file):\(d.location): \(d.severity.rawValue): \(d.summary) [\(d.rule)]\n"
        }
        return out
    }

    private func summary(_ blocks: [Block]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for block in blocks {
            let name = Self.name(block.kind)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { "\(counts[$0]!) \($0)" }.joined(separator: ", ")
    }

    static func name(_ kind: BlockKind) -> String {
        switch kind {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .list(let l): l.ordered ? "ordered list" : "list"
        case .blockQuote: "quote"
        case .alert(let k, _): "alert \(k.rawValue)"
        case .codeBlock: "code"
        case .html: "html"
        case .table: "table"
        case .thematicBreak: "rule"
        case .include: "include"
        case .video: "video"
        case .moniker: "moniker"
        case .image: "image"
        }
    }
}
