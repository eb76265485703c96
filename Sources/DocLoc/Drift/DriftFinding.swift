/// One reason a translation no longer matches its source. `kind` is one of DESIGN.md's finding kinds
/// (`source-changed`, `section-renamed`, `structure`, …).
public struct DriftFinding: Hashable, Codable, Sendable {
    public var kind: String
    public var message: String
    public var sourceLine: Int?
    public var translationLine: Int?

    public init(kind: String, message: String, sourceLine: Int? = nil, translationLine: Int? = nil) {
        self.kind = kind
        self.message = message
        self.sourceLine = sourceLine
        self.translationLine = translationLine
    }
}
