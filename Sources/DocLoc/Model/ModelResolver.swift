/// Resolves UI paths against a `ProductModel`, label by label, in the article's locale: today's label, an old
/// (`formerly`) label, another locale's label, a label one or two levels further down, or an unknown label
/// with the most alike label of its level as a suggestion (resolving goes on from the suggestion).
public struct ModelResolver: UIPathResolving {
    public var model: ProductModel
    /// How deep below the expected level a label may be found before it counts as unknown.
    static let skipDepth = 2

    public init(model: ProductModel) {
        self.model = model
    }

    /// Filler words of every locale (`page`, `pagina`), normalized: an English filler may stand in a Dutch article too.
    public var fillers: Set<String> { model.normalizedFillers }

    public func resolve(_ path: UIPath, locale: String) -> UIPathResolution {
        trace(path, locale: locale).resolution
    }

    /// `fwlinks` gives the fwlink id of link labels by their location: a garbled link text whose fwlink opens
    /// a page of that level gets that page as its suggestion.
    public func trace(_ path: UIPath, locale: String, fwlinks: [SourceLocation: Int] = [:]) -> UIPathTrace {
        var trace = UIPathTrace(path: path, locale: locale, isModelled: false, steps: [])
        // "**Alles weergeven** > **Instellingen**", "**admin center** > **Setup**": a leading label that is all
        // filler is where the path starts, not a step of it.
        let segments = Array(path.segments.drop { segment in
            LabelMatching.isFiller(LabelMatching.normalize(segment.label), fillers: fillers)
        })
        guard let first = segments.first else { return trace }
        let firstLabel = LabelMatching.normalize(first.label)
        let rootMatch = model.navigation.lazy.compactMap { node in
            self.match(firstLabel, node, locale: locale).map { (node, $0) }
        }.first
        guard let (root, match) = rootMatch else { return trace }
        trace.isModelled = true
        trace.steps.append(.init(segment: first, match: match, nodeID: root.id))
        var current: NavigationNode? = root
        for (index, segment) in segments.enumerated().dropFirst() {
            guard let node = current, !node.children.isEmpty else {
                trace.steps.append(.init(segment: segment, match: .beyondModel, nodeID: nil))
                current = nil
                continue
            }
            let next = index + 1 < segments.count ? LabelMatching.normalize(segments[index + 1].label) : nil
            let hint = fwlinks[segment.location].flatMap(model.node(forFwlink:))
            let step = resolve(
                LabelMatching.normalize(segment.label), segment: segment, under: node, next: next, hint: hint,
                isRoot: node.id == root.id, locale: locale)
            trace.steps.append(step)
            current = step.nodeID.flatMap(model.node)
        }
        if leavesModel(trace) { trace.isModelled = false }
        return trace
    }

    /// A path whose second label is unknown with nothing like it, and none of whose later labels names a page of
    /// the model, is another product's menu that shares the root's name ("Settings > Notifications" in a
    /// mobile app): outside the model, not wrong.
    private func leavesModel(_ trace: UIPathTrace) -> Bool {
        guard trace.steps.count >= 2, case .unknown(_, nil) = trace.steps[1].match else { return false }
        return !trace.steps.dropFirst().contains { !model.nodes(named: $0.segment.label, strippingFillers: true).isEmpty }
    }

    private func resolve(
        _ label: String, segment: UIPath.Segment, under node: NavigationNode, next: String?, hint: NavigationNode?,
        isRoot: Bool, locale: String
    ) -> UIPathTrace.Step {
        for child in node.children {
            if let match = match(label, child, locale: locale) {
                return .init(segment: segment, match: match, nodeID: child.id)
            }
        }
        let parent = node.label(in: locale)
        if let (found, between) = descendant(label, below: node, locale: locale) {
            return .init(segment: segment, match: .skipsLevel(parent: parent, skipped: between), nodeID: found.id)
        }
        if let suggested = suggestion(label, under: node, next: next, hint: hint, locale: locale) {
            return .init(
                segment: segment, match: .unknown(parent: parent, suggestion: suggested.label(in: locale)), nodeID: suggested.id)
        }
        if segment.join == .continuation || (next == nil && !isRoot) {
            // "… > **Active users** > **Add a user**", "…, and then select **Add a user**": the last label on a
            // page (not in a menu) that is like none of its tabs is an action on that page, not a page of the model.
            return .init(segment: segment, match: .beyondModel, nodeID: nil)
        }
        return .init(segment: segment, match: .unknown(parent: parent, suggestion: nil), nodeID: nil)
    }

    /// The child of `node` an unknown label most likely means: the page its fwlink opens; else the child the next
    /// label is found under; else the child whose current or old label is most alike.
    private func suggestion(
        _ label: String, under node: NavigationNode, next: String?, hint: NavigationNode?, locale: String
    ) -> NavigationNode? {
        if let hint, node.children.contains(where: { $0.id == hint.id }) { return hint }
        if let next {
            for child in node.children where child.children.contains(where: { match(next, $0, locale: locale) != nil }) {
                return child
            }
        }
        let scored = node.children.map { child in
            let names = [child.label(in: locale)] + (child.formerly[locale] ?? [])
            return (child, names.map { LabelMatching.similarity(label, LabelMatching.normalize($0)) }.max() ?? 0)
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= LabelMatching.suggestionThreshold else { return nil }
        return best.0
    }

    /// A node one or two levels below `node`'s children whose label matches exactly, with the labels skipped.
    private func descendant(
        _ label: String, below node: NavigationNode, locale: String
    ) -> (NavigationNode, [String])? {
        var frontier: [(NavigationNode, [String])] = node.children.map { ($0, [$0.label(in: locale)]) }
        for _ in 0..<Self.skipDepth {
            var next: [(NavigationNode, [String])] = []
            for (candidate, between) in frontier {
                for child in candidate.children {
                    if match(label, child, locale: locale) != nil { return (child, between) }
                    next.append((child, between + [child.label(in: locale)]))
                }
            }
            frontier = next
        }
        return nil
    }

    /// How a normalized label names `node` in `locale`, if it does.
    func match(_ label: String, _ node: NavigationNode, locale: String) -> UIPathTrace.Match? {
        if let m = exactMatch(label, node, locale: locale) { return m }
        let stripped = LabelMatching.strip(label, fillers: fillers)
        return stripped == label ? nil : exactMatch(stripped, node, locale: locale)
    }

    private func exactMatch(_ label: String, _ node: NavigationNode, locale: String) -> UIPathTrace.Match? {
        let known = model.locales.contains(locale)
        // A locale the model does not declare is checked against every label it has, without wrong-locale findings.
        let ownLocales = known ? [locale] : Array(Set(node.label.keys).union(node.formerly.keys)).sorted()
        let today = node.label(in: locale)
        let normalized = model.normalizedLabels(of: node)
        for l in ownLocales where normalized.label[l] == label { return .current }
        for l in ownLocales where (normalized.formerly[l] ?? []).contains(label) {
            return .formerly(today: today)
        }
        guard known else { return nil }
        for other in model.locales where other != locale {
            if normalized.label[other] == label || (normalized.formerly[other] ?? []).contains(label) {
                return .otherLocale(locale: other, today: today)
            }
        }
        return nil
    }
}
