/// How each label of a UI path resolved against the model: the detail behind a `UIPathResolution`, from
/// which the validation rules write one diagnostic per path.
public struct UIPathTrace: Hashable, Sendable {
    public enum Match: Hashable, Sendable {
        /// Today's label in the article's locale.
        case current
        /// An old label in the article's locale; `today` is the label now.
        case formerly(today: String)
        /// A label of another locale (`locale`), current or old; `today` is the label in the article's locale.
        case otherLocale(locale: String, today: String)
        /// No child of `parent` has this label; `suggestion` is the most alike label of that level, if any.
        case unknown(parent: String, suggestion: String?)
        /// The label is not directly under `parent`: it names a page further down; `skipped` are the labels between.
        case skipsLevel(parent: String, skipped: [String])
        /// After the model's deepest node for this path, or after an unknown label without a suggestion.
        case beyondModel
    }

    public struct Step: Hashable, Sendable {
        public var segment: UIPath.Segment
        public var match: Match
        /// The node this label reached (for `.unknown` with a suggestion: the suggested node).
        public var nodeID: String?
    }

    public var path: UIPath
    public var locale: String
    /// false when the first label is not a modelled root.
    public var isModelled: Bool
    public var steps: [Step]

    public var hasUnknown: Bool {
        steps.contains { if case .unknown = $0.match { true } else if case .skipsLevel = $0.match { true } else { false } }
    }
    public var hasFormerly: Bool { steps.contains { if case .formerly = $0.match { true } else { false } } }
    public var hasOtherLocale: Bool { steps.contains { if case .otherLocale = $0.match { true } else { false } } }

    /// The resolution drift and coverage read: node ids of labels that matched a label of the node.
    public var resolution: UIPathResolution {
        let matched = steps.compactMap { step -> String? in
            switch step.match {
            case .current, .formerly, .otherLocale: step.nodeID
            default: nil
            }
        }
        return UIPathResolution(
            isModelled: isModelled, nodeIDs: matched, isComplete: isModelled && !hasUnknown,
            usedFormerlyLabel: hasFormerly, usedOtherLocaleLabel: hasOtherLocale)
    }
}
