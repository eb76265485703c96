/// `fwlink-unknown`: an fwlink that stands for a modelled page — a label of a modelled UI path, or a link whose
/// text is today's label of a page in the article's locale — but that the model does not list, so where it leads cannot be checked.
/// fwlinks to downloads, plans and other sites are not the model's business and are left alone.
public struct FwlinkUnknownRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        guard let resolver = context.resolver else { return [] }
        let model = resolver.model
        var pathNodes: [SourceLocation: String] = [:]
        for trace in subject.traces(resolver) where trace.isModelled {
            for step in trace.steps where step.segment.isLink {
                if let id = step.nodeID { pathNodes[step.segment.location] = id }
            }
        }
        return subject.article.links.compactMap { link in
            guard link.kind == .fwlink, let id = link.fwlinkID, model.node(forFwlink: id) == nil else { return nil }
            let text = subject.text(of: link)
            guard let nodeID = pathNodes[link.location] ?? Self.page(named: text, in: model, locale: subject.locale)
            else { return nil }
            let page = model.display(nodeID, locale: subject.locale)
            return Diagnostic(
                rule: RuleName.fwlinkUnknown, severity: .error, file: subject.path, at: link.location,
                summary: "fwlink \(id) ('\(text)') is not in the model; its text names the page '\(page)'",
                solutions: ["if it opens that page, add \(id) to the 'fwlink' list of node '\(nodeID)' in \(model.file)"])
        }
    }

    /// The node whose current label in `locale` is exactly `text` (old labels are too often ordinary words:
    /// a link to a plans page reading "abonnementen" is not about Billing > Subscriptions).
    static func page(named text: String, in model: ProductModel, locale: String) -> String? {
        let normalized = LabelMatching.normalize(text)
        return model.nodes(named: text).first { LabelMatching.normalize($0.label(in: locale)) == normalized }?.id
    }
}
