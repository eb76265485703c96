/// `fwlink-unknown`: an fwlink that stands for a modelled page — a label of a modelled UI path, or a link whose
/// text names a page of the model — but that the model does not list, so where it leads cannot be checked.
/// fwlinks to downloads, plans and other sites are not the model's business and are left alone.
public struct FwlinkUnknownRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        guard let resolver = context.resolver else { return [] }
        let model = resolver.model
        var pathNodes: [SourceLocation: String] = [:]
        for path in subject.uiPaths where path.segments.contains(where: \.isLink) {
            let trace = resolver.trace(path, locale: subject.locale)
            for step in trace.steps where step.segment.isLink {
                if let id = step.nodeID { pathNodes[step.segment.location] = id }
            }
        }
        return subject.article.links.compactMap { link in
            guard link.kind == .fwlink, let id = link.fwlinkID, model.node(forFwlink: id) == nil else { return nil }
            let text = subject.text(of: link)
            guard let nodeID = pathNodes[link.location] ?? model.nodes(named: text, fillers: resolver.fillers).first?.id
            else { return nil }
            let page = model.display(nodeID, locale: subject.locale)
            return Diagnostic(
                rule: RuleName.fwlinkUnknown, severity: .error, file: subject.path, at: link.location,
                summary: "fwlink \(id) ('\(text)') is not in the model; its text names the page '\(page)'",
                solutions: ["if it opens that page, add \(id) to the 'fwlink' list of node '\(nodeID)' in \(model.file)"])
        }
    }
}
