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

    /// Filler words of every locale (`page`, `pagina`): an English filler may stand in a Dutch article too.
    public var fillers: [String] { model.fillers.keys.sorted().flatMap { model.fillers[$0] ?? [] } }

    public func resolve(_ path: UIPath, locale: String) -> UIPathResolution {
        trace(path, locale: locale).resolution
    }

    public func trace(_ path: UIPath, locale: String) -> UIPathTrace {
        var trace = UIPathTrace(path: path, locale: locale, isModelled: false, steps: [])
        guard let first = path.segments.first else { return trace }
        let fillers = self.fillers
        let firstLabel = LabelMatching.normalize(first.label)
        let rootMatch = model.navigation.lazy.compactMap { node in
            self.match(firstLabel, node, locale: locale, fillers: fillers).map { (node, $0) }
        }.first
        guard let (root, match) = rootMatch else { return trace }
        trace.isModelled = true
        trace.steps.append(.init(segment: first, match: match, nodeID: root.id))
        var current: NavigationNode? = root
        for segment in path.segments.dropFirst() {
            guard let node = current, !node.children.isEmpty else {
                trace.steps.append(.init(segment: segment, match: .beyondModel, nodeID: nil))
                current = nil
                continue
            }
            let label = LabelMatching.normalize(segment.label)
            let step = resolve(label, segment: segment, under: node, locale: locale, fillers: fillers)
            trace.steps.append(step)
            current = step.nodeID.flatMap(model.node)
        }
        return trace
    }

    private func resolve(
        _ label: String, segment: UIPath.Segment, under node: NavigationNode, locale: String, fillers: [String]
    ) -> UIPathTrace.Step {
        for child in node.children {
            if let match = match(label, child, locale: locale, fillers: fillers) {
                return .init(segment: segment, match: match, nodeID: child.id)
            }
        }
        let parent = node.label(in: locale)
        if let (found, between) = descendant(label, below: node, locale: locale, fillers: fillers) {
            return .init(segment: segment, match: .skipsLevel(parent: parent, skipped: between), nodeID: found.id)
        }
        let scored = node.children.map { child in
            (child, LabelMatching.similarity(label, LabelMatching.normalize(child.label(in: locale))))
        }
        if let best = scored.max(by: { $0.1 < $1.1 }), best.1 >= LabelMatching.suggestionThreshold {
            return .init(
                segment: segment, match: .unknown(parent: parent, suggestion: best.0.label(in: locale)), nodeID: best.0.id)
        }
        if segment.join == .continuation {
            // "…, and then select **Add a user**": an action on the page, not a page of the model.
            return .init(segment: segment, match: .beyondModel, nodeID: nil)
        }
        return .init(segment: segment, match: .unknown(parent: parent, suggestion: nil), nodeID: nil)
    }

    /// A node one or two levels below `node`'s children whose label matches exactly, with the labels skipped.
    private func descendant(
        _ label: String, below node: NavigationNode, locale: String, fillers: [String]
    ) -> (NavigationNode, [String])? {
        var frontier: [(NavigationNode, [String])] = node.children.map { ($0, [$0.label(in: locale)]) }
        for _ in 0..<Self.skipDepth {
            var next: [(NavigationNode, [String])] = []
            for (candidate, between) in frontier {
                for child in candidate.children {
                    if match(label, child, locale: locale, fillers: fillers) != nil { return (child, between) }
                    next.append((child, between + [child.label(in: locale)]))
                }
            }
            frontier = next
        }
        return nil
    }

    /// How a normalized label names `node` in `locale`, if it does.
    func match(_ label: String, _ node: NavigationNode, locale: String, fillers: [String]) -> UIPathTrace.Match? {
        if let m = exactMatch(label, node, locale: locale) { return m }
        let stripped = LabelMatching.strip(label, fillers: fillers)
        return stripped == label ? nil : exactMatch(stripped, node, locale: locale)
    }

    private func exactMatch(_ label: String, _ node: NavigationNode, locale: String) -> UIPathTrace.Match? {
        let known = model.locales.contains(locale)
        let ownLocales = known ? [locale] : model.locales
        let today = node.label(in: locale)
        for l in ownLocales where node.label[l].map(LabelMatching.normalize) == label { return .current }
        for l in ownLocales where (node.formerly[l] ?? []).contains(where: { LabelMatching.normalize($0) == label }) {
            return .formerly(today: today)
        }
        guard known else { return nil }
        for other in model.locales where other != locale {
            let names = [node.label[other]].compactMap { $0 } + (node.formerly[other] ?? [])
            if names.contains(where: { LabelMatching.normalize($0) == label }) {
                return .otherLocale(locale: other, today: today)
            }
        }
        return nil
    }
}
