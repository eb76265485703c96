/// One page, tab or panel of the product's navigation, with its label in every locale, the labels it had
/// before (`formerly`), the fwlinks that open it, its settings and the pages below it.
public struct NavigationNode: Hashable, Sendable {
    public var id: String
    /// Today's label per locale: `["en-US": "Org settings", "nl-NL": "Organisatie-instellingen"]`.
    public var label: [String: String]
    /// Old labels per locale that articles still use; accepted with a warning.
    public var formerly: [String: [String]]
    /// fwlink ids that open this node.
    public var fwlinks: [Int]
    public var settings: [ModelSetting]
    public var children: [NavigationNode]
    /// The line of the node's `id` in the model file.
    public var line: Int

    public init(
        id: String, label: [String: String], formerly: [String: [String]] = [:], fwlinks: [Int] = [],
        settings: [ModelSetting] = [], children: [NavigationNode] = [], line: Int = 0
    ) {
        self.id = id
        self.label = label
        self.formerly = formerly
        self.fwlinks = fwlinks
        self.settings = settings
        self.children = children
        self.line = line
    }

    /// The label in `locale`, else the first label in locale order.
    public func label(in locale: String) -> String {
        label[locale] ?? label.sorted { $0.key < $1.key }.first?.value ?? id
    }

    /// Every label this node has or had, in any locale.
    public var allLabels: [String] {
        Array(label.values) + formerly.values.flatMap { $0 }
    }
}
