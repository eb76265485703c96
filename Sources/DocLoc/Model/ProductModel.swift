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
    /// Every filler of every locale, normalized: an English filler may stand in a Dutch article too.
    public private(set) var normalizedFillers: Set<String> = []
    /// Node id → its labels normalized, computed once (labels are compared for every UI path of every article).
    private var normalizedByID: [String: NormalizedLabels] = [:]
    /// Every node in model-file order with all its labels normalized (for `nodes(named:)`).
    private var labelIndex: [(node: NavigationNode, labels: Set<String>)] = []

    /// A node's current and old labels, normalized, per locale.
    struct NormalizedLabels: Hashable, Sendable {
        var label: [String: String]
        var formerly: [String: [String]]

        init(_ node: NavigationNode) {
            label = node.label.mapValues(LabelMatching.normalize)
            formerly = node.formerly.mapValues { $0.map(LabelMatching.normalize) }
        }
    }

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
            normalizedByID[node.id] = NormalizedLabels(node)
        }
        normalizedFillers = Set(fillers.values.joined().map(LabelMatching.normalize))
        labelIndex = nodesByID.values.sorted { ($0.line, $0.id) < ($1.line, $1.id) }.map { node in
            (node, Set(node.allLabels.map(LabelMatching.normalize)))
        }
    }

    /// Equal when read from equal files: the indexes above are derived from the rest.
    public static func == (a: ProductModel, b: ProductModel) -> Bool {
        a.file == b.file && a.feature == b.feature && a.title == b.title && a.locales == b.locales
            && a.navigation == b.navigation && a.fwlinks == b.fwlinks && a.external == b.external
            && a.glossary == b.glossary && a.fillers == b.fillers
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(file)
        hasher.combine(feature)
        hasher.combine(navigation)
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
    /// With `strippingFillers`, filler words around the label are ignored too.
    public func nodes(named label: String, strippingFillers: Bool = false) -> [NavigationNode] {
        let normalized = LabelMatching.normalize(label)
        guard !normalized.isEmpty else { return [] }
        let stripped = strippingFillers ? LabelMatching.strip(normalized, fillers: normalizedFillers) : normalized
        return labelIndex.filter { $0.labels.contains(normalized) || $0.labels.contains(stripped) }.map(\.node)
    }

    /// A node's labels, normalized as `LabelMatching.normalize` does.
    func normalizedLabels(of node: NavigationNode) -> NormalizedLabels {
        normalizedByID[node.id] ?? NormalizedLabels(node)
    }

    /// Whether `target` (a site-absolute path or URL, fragment and query ignored) is a known-good external target.
    public func isKnownExternal(_ target: String) -> Bool {
        let path = LinkTarget(target).path.lowercased()
        return external.contains { $0.lowercased() == path }
    }
}
