/// The modelled product feature (`model/*.yml`): the admin center's navigation with its labels per locale,
/// the fwlinks that open its pages, known-good link targets outside the site, and a glossary.
public struct ProductModel: Hashable, Sendable {
    /// The model file, relative to the content directory (as errors name it).
    public var file: String
    public var feature: String
    public var title: [String: String]
    /// The locales every label must have.
    public var locales: [String]
    public var navigation: [NavigationNode]
    /// fwlink id → navigation node id (from `links.fwlinks` and every node's `fwlink`).
    public var fwlinks: [Int: String]
    /// Link targets outside the site known to be good (site-absolute paths or URLs).
    public var external: [String]
    /// Terms that must appear unchanged in translations.
    public var glossary: [String]
    /// Words around a label that are not part of it, per locale (`pagina` in `**pagina Instellingen**`).
    public var fillers: [String: [String]]

    private var nodesByID: [String: NavigationNode] = [:]
    private var parentByID: [String: String] = [:]

    public init(
        file: String = "model/consent.yml", feature: String, title: [String: String] = [:], locales: [String],
        navigation: [NavigationNode], fwlinks: [Int: String] = [:], external: [String] = [], glossary: [String] = [],
        fillers: [String: [String]] = [:]
    ) {
        self.file = file
        self.feature = feature
        self.title = title
        self.locales = locales
        self.navigation = navigation
        self.fwlinks = fwlinks
        self.external = external
        self.glossary = glossary
        self.fillers = fillers
        var stack = navigation.map { ($0, String?.none) }
        while let (node, parent) = stack.popLast() {
            nodesByID[node.id] = node
            if let parent { parentByID[node.id] = parent }
            for child in node.children { stack.append((child, node.id)) }
            for id in node.fwlinks where self.fwlinks[id] == nil { self.fwlinks[id] = node.id }
        }
    }

    public func node(_ id: String) -> NavigationNode? { nodesByID[id] }

    public func parent(of id: String) -> NavigationNode? { parentByID[id].flatMap { nodesByID[$0] } }

    /// The node an fwlink opens, when the model knows the fwlink.
    public func node(forFwlink id: Int) -> NavigationNode? { fwlinks[id].flatMap { nodesByID[$0] } }

    /// The node and its ancestors, root first.
    public func lineage(of id: String) -> [NavigationNode] {
        var result: [NavigationNode] = []
        var current = nodesByID[id]
        while let node = current {
            result.insert(node, at: 0)
            current = parent(of: node.id)
        }
        return result
    }

    /// Today's path to a node in a locale: `Settings > Org settings > Services`.
    public func display(_ id: String, locale: String) -> String {
        lineage(of: id).map { $0.label(in: locale) }.joined(separator: " > ")
    }

    /// Every node with `label` as a current or old label in any locale (compared as UI path labels are).
    public func nodes(named label: String, fillers: [String] = []) -> [NavigationNode] {
        let normalized = LabelMatching.normalize(label)
        guard !normalized.isEmpty else { return [] }
        let stripped = LabelMatching.strip(normalized, fillers: fillers)
        return nodesByID.values.sorted { $0.line < $1.line }.filter { node in
            node.allLabels.contains { let l = LabelMatching.normalize($0); return l == normalized || l == stripped }
        }
    }

    /// Whether `target` (a site-absolute path or URL, fragment and query ignored) is a known-good external target.
    public func isKnownExternal(_ target: String) -> Bool {
        let path = LinkTarget(target).path.lowercased()
        return external.contains { $0.lowercased() == path }
    }
}
