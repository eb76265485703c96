import Mustache

// A section over a value that is not a list or a dictionary (`{{#href}}…{{href}}…{{/href}}`) pushes the value itself,
// and swift-mustache looks every name inside the section up on it first — through `Mirror` for a type that is not a
// `MustacheParent`, which builds a reflection of the string for each lookup. Templates never read a child of a
// string or a number (a `Mirror` of one only shows the standard library's private storage), so saying "no child"
// directly gives the same pages without the reflection.

extension String: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}

extension Int: @retroactive MustacheParent {
    public func child(named: String) -> Any? { nil }
}
