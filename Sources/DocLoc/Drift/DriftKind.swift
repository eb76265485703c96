/// The finding kinds of DESIGN.md, ordered from the most serious (content a reader misses or is misled by)
/// to the least (bookkeeping). The order sorts findings and articles in the text report.
public enum DriftKind: String, Codable, Sendable, CaseIterable, Comparable {
    case sectionAdded = "section-added"
    case sectionRemoved = "section-removed"
    case structure
    case codeChanged = "code-changed"
    case numberChanged = "number-changed"
    case linkChanged = "link-changed"
    case uiPathChanged = "uipath-changed"
    case imageChanged = "image-changed"
    case untranslated
    case sectionRenamed = "section-renamed"
    case glossaryChanged = "glossary-changed"
    case metadataChanged = "metadata-changed"
    case sourceChanged = "source-changed"

    /// 0 for the most serious kind.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

    public static func < (lhs: DriftKind, rhs: DriftKind) -> Bool { lhs.rank < rhs.rank }

    /// The rank of a kind named by its raw value; unknown names sort last.
    public static func rank(of name: String) -> Int { DriftKind(rawValue: name)?.rank ?? allCases.count }
}

extension DriftFinding {
    public init(_ kind: DriftKind, _ message: String, source: Int?, translation: Int?) {
        self.init(kind: kind.rawValue, message: message, sourceLine: source, translationLine: translation)
    }

    /// Most serious kind first, then by translation line, source line and message.
    public static func seriousness(_ a: DriftFinding, _ b: DriftFinding) -> Bool {
        let ra = DriftKind.rank(of: a.kind), rb = DriftKind.rank(of: b.kind)
        if ra != rb { return ra < rb }
        let ta = a.translationLine ?? 0, tb = b.translationLine ?? 0
        if ta != tb { return ta < tb }
        let sa = a.sourceLine ?? 0, sb = b.sourceLine ?? 0
        if sa != sb { return sa < sb }
        return a.message < b.message
    }
}
