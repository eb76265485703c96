/// `uipath-unknown`, `uipath-wrong-locale`, `uipath-outdated`, `uipath-unmodelled`: each UI path resolved
/// against the model in the article's locale, and at most one diagnostic per path naming every wrong label in it
/// (the most serious rule wins: unknown, then wrong locale, then outdated).
public struct UIPathRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        guard let resolver = context.resolver else { return [] }
        return subject.traces(resolver).compactMap { diagnose($0, file: subject.path, model: resolver.model) }
    }

    func diagnose(_ trace: UIPathTrace, file: String, model: ProductModel) -> Diagnostic? {
        let path = trace.path
        guard trace.isModelled else {
            let summary: String
            if trace.steps.count >= 2 {
                summary = "Settings path '\(path.display)' leaves the model after '\(trace.steps[0].segment.label)': "
                    + "'\(trace.steps[1].segment.label)' is no page under it, nor is any later label a page of the model"
            } else {
                summary = "Settings path '\(path.display)' starts outside the model: '\(path.segments[0].label)' is not a modelled root"
            }
            return Diagnostic(
                rule: RuleName.uipathUnmodelled, severity: .note, file: file, at: path.location, summary: summary,
                notes: ["modelled roots: " + model.navigation.map { $0.label(in: trace.locale) }.joined(separator: ", ")])
        }
        let problems = trace.steps.compactMap { step in UIPathProblem(step) }
        guard let first = problems.first else { return nil }
        let rule: String
        let severity: Severity
        if trace.hasUnknown {
            (rule, severity) = (RuleName.uipathUnknown, .error)
        } else if trace.hasOtherLocale {
            (rule, severity) = (RuleName.uipathWrongLocale, .warning)
        } else {
            (rule, severity) = (RuleName.uipathOutdated, .warning)
        }
        var summary = "Settings path '\(path.display)' " + problems[0].phrase
        for problem in problems.dropFirst() {
            summary += (summary.hasSuffix("?") ? " It also " : "; it also ") + problem.phrase
        }
        if let today = todayPath(trace, model: model) {
            summary += (summary.hasSuffix("?") ? " Today's path: " : "; today's path: ") + today
        }
        var notes: [String] = []
        for step in trace.steps {
            guard case .unknown(_, nil) = step.match else { continue }
            let label = LabelMatching.normalize(step.segment.label)
            for node in model.nodes(named: step.segment.label, strippingFillers: true) {
                let isCurrent = node.label.values.contains { LabelMatching.normalize($0) == label }
                notes.append("'\(step.segment.label)' " + (isCurrent ? "is at " : "is an old label of ")
                    + model.display(node.id, locale: trace.locale))
            }
        }
        let beyond = trace.steps.filter { $0.match == .beyondModel }.map(\.segment.label)
        if trace.hasUnknown, !beyond.isEmpty {
            notes.append("not checked after the unknown label: " + beyond.map { "'\($0)'" }.joined(separator: ", "))
        }
        return Diagnostic(
            rule: rule, severity: severity, file: file, at: first.location, summary: summary, notes: notes,
            solutions: problems.compactMap(\.fix))
    }

    /// The path to the deepest node reached, as the model names it today, when no label was a dead end.
    private func todayPath(_ trace: UIPathTrace, model: ProductModel) -> String? {
        guard let last = trace.steps.last(where: { $0.nodeID != nil })?.nodeID,
            !trace.steps.contains(where: { if case .unknown(_, nil) = $0.match { true } else { false } })
        else { return nil }
        return model.display(last, locale: trace.locale)
    }
}
