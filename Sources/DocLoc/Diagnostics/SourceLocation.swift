/// A 1-based position in a source file: `line` counts lines of the real file (front matter included),
/// `column` counts characters (Unicode scalars) from the start of that line.
public struct SourceLocation: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }

    /// The start of a file, for diagnostics about the file as a whole.
    public static let fileStart = SourceLocation(line: 1, column: 1)
}

/// A span of source, from `lowerBound` up to (not including) `upperBound`.
public typealias SourceRange = Range<SourceLocation>

extension SourceLocation {
    /// An empty range at this location.
    public var emptyRange: SourceRange { self..<self }
}
