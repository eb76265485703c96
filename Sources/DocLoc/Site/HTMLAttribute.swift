/// An attribute of an `HTMLNode` element, entities decoded.
public struct HTMLAttribute: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
