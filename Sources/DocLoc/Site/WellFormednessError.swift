/// Why libxml2's XML parser rejected a document.
public struct WellFormednessError: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}
