/// A setting on a page: a toggle, a choice, a text field, with the states it can take.
public struct ModelSetting: Hashable, Sendable {
    public var id: String
    public var kind: String
    public var states: [String]
    /// The setting's label per locale, when the model names it.
    public var label: [String: String]
    public var line: Int

    public init(id: String, kind: String, states: [String] = [], label: [String: String] = [:], line: Int = 0) {
        self.id = id
        self.kind = kind
        self.states = states
        self.label = label
        self.line = line
    }
}
