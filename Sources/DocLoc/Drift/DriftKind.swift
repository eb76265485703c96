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
