/// A node of an HTML fragment as libxml2's HTML parser read it: the sanitizer's input. Plain values, so no
/// libxml2 pointer leaves `LibXML2.swift`.
public indirect enum HTMLNode: Hashable, Sendable {
    /// An element: lowercase name, attributes in source order (lowercase names), children.
    case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode])
    /// Text, entities already decoded.
    case text(String)

    public var elementName: String? {
        if case .element(let name, _, _) = self { name } else { nil }
    }
}
