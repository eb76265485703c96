/// Turns the URLs written in an article into the URLs a page links to. The sanitizer and the renderer call
/// it for every `href` and `src`; nil means the URL must not reach the page.
public protocol URLRewriting {
    /// The `href` for a link destination.
    mutating func link(_ destination: String) -> String?
    /// The `src` for an image source.
    mutating func image(_ source: String) -> String?
}

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
