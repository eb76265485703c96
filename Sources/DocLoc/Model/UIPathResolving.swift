/// Resolves a UI path against the product model. The validation rules produce diagnostics from it; drift
/// compares the nodes a source path and its translated path reach.
public protocol UIPathResolving: Sendable {
    func resolve(_ path: UIPath, locale: String) -> UIPathResolution
}

/// Where a UI path leads in the model.
public struct UIPathResolution: Hashable, Sendable {
    /// false when the first label is not a modelled root: the path is counted as unmodelled, not wrong.
    public var isModelled: Bool
    /// The model node ids reached, one per label that resolved, in order.
    public var nodeIDs: [String]
    /// true when every label resolved.
    public var isComplete: Bool
    /// true when a label matched only an old (`formerly`) label.
    public var usedFormerlyLabel: Bool
    /// true when a label matched only another locale's label.
    public var usedOtherLocaleLabel: Bool

    public init(
        isModelled: Bool, nodeIDs: [String], isComplete: Bool, usedFormerlyLabel: Bool = false,
        usedOtherLocaleLabel: Bool = false
    ) {
        self.isModelled = isModelled
        self.nodeIDs = nodeIDs
        self.isComplete = isComplete
        self.usedFormerlyLabel = usedFormerlyLabel
        self.usedOtherLocaleLabel = usedOtherLocaleLabel
    }
}
