/// `fwlink-mismatch`: a modelled fwlink whose link text does not name the page it opens (the node, or the
/// page that holds it as a tab), in any of its current or old labels — alone or as whole words of a longer
/// text ("Exchange admin center" names Exchange; "Factureringsaankoopservices" names nothing).
public struct FwlinkMismatchRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        guard let resolver = context.resolver else { return [] }
        let model = resolver.model
        return subject.article.links.compactMap { link in
            guard link.kind == .fwlink, let id = link.fwlinkID, let node = model.node(forFwlink: id) else { return nil }
            let text = subject.text(of: link)
            let normalized = LabelMatching.normalize(text)
            guard !normalized.isEmpty else { return nil }
            let accepted = [node] + (model.parent(of: node.id).map { [$0] } ?? [])
            let stripped = LabelMatching.strip(normalized, fillers: resolver.fillers)
            let names = Set(accepted.flatMap(\.allLabels).map(LabelMatching.normalize))
            guard !names.contains(normalized), !names.contains(stripped),
                !names.contains(where: { Self.phrase($0, isIn: normalized) })
            else { return nil }
            let opens = model.display(node.id, locale: subject.locale)
            var summary = "link text '\(text)' does not name '\(node.label(in: subject.locale))', the page fwlink \(id) opens (\(opens))"
            if let other = model.nodes(named: text, strippingFillers: true).first {
                summary += "; it names '\(model.display(other.id, locale: subject.locale))'"
            }
            return Diagnostic(
                rule: RuleName.fwlinkMismatch, severity: .error, file: subject.path, at: link.location, summary: summary,
                solutions: ["name the page the link opens, or link to the page the text names"])
        }
    }

    /// Whether the words of `label` stand together in `text` (hyphens separate words: `exchange-beheercentrum`).
    static func phrase(_ label: String, isIn text: String) -> Bool {
        let words = { (s: String) in s.replacingOccurrences(of: "-", with: " ").split(separator: " ").joined(separator: " ") }
        return " \(words(text)) ".contains(" \(words(label)) ")
    }
}
