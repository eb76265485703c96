/// A page libxml2's XML parser rejected, as `path:line: error: message`.
public struct MalformedPage: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var error: WellFormednessError

    public var description: String { "\(path):\(error.line): error: \(error.message) [xml-not-well-formed]" }
}
