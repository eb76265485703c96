/// The ids a page defines so far: an id is written once, a repeated one is dropped, so every fragment
/// points at one place and the page stays valid HTML.
public struct IDRegistry: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// True (and remembered) the first time an id is claimed.
    public mutating func claim(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        return used.insert(id).inserted
    }

    public func contains(_ id: String) -> Bool { used.contains(id) }
}
