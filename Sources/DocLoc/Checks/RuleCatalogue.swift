/// Every rule docloc reports, with its default severity and a one-line description (for SARIF's rule list,
/// the README and checking docloc.yml's rule names).
public enum RuleCatalogue {
    public struct Entry: Sendable {
        public var rule: String
        public var severity: Severity
        public var description: String
    }

    public static let entries: [Entry] = [
        Entry(rule: RuleName.frontmatterInvalid, severity: .error, description: "Front matter is not valid YAML or has a wrong type."),
        Entry(rule: RuleName.encodingInvalid, severity: .error, description: "The file is not readable UTF-8 text."),
        Entry(rule: RuleName.fileTooLarge, severity: .error, description: "The file is larger than limits.maxFileSize."),
        Entry(rule: RuleName.codeFenceUnclosed, severity: .warning, description: "A fenced code block is never closed."),
        Entry(rule: RuleName.pathOutsideContent, severity: .error, description: "A file that lies outside the content tree is not read."),
        Entry(rule: RuleName.uipathUnknown, severity: .error, description: "A settings path names a label the model does not have at that level."),
        Entry(rule: RuleName.uipathOutdated, severity: .warning, description: "A settings path uses an old (formerly) label."),
        Entry(rule: RuleName.uipathWrongLocale, severity: .warning, description: "A settings path uses another locale's label."),
        Entry(rule: RuleName.uipathUnmodelled, severity: .note, description: "A settings path starts outside the model."),
        Entry(rule: RuleName.linkBroken, severity: .error, description: "A relative link leads to nothing in the content set."),
        Entry(rule: RuleName.anchorMissing, severity: .error, description: "A #fragment the target page does not define."),
        Entry(rule: RuleName.anchorDuplicate, severity: .error, description: "Two explicit anchors with one name in a page."),
        Entry(rule: RuleName.imageMissing, severity: .error, description: "An image file that does not exist (case-sensitive)."),
        Entry(rule: RuleName.includeMissing, severity: .error, description: "An included file that does not exist."),
        Entry(rule: RuleName.includeCycle, severity: .error, description: "An include leads back to the article that includes it."),
        Entry(rule: RuleName.fwlinkUnknown, severity: .error, description: "An fwlink for a modelled page that the model does not list."),
        Entry(rule: RuleName.fwlinkMismatch, severity: .error, description: "Link text does not name the page the fwlink opens."),
        Entry(rule: RuleName.linkLocalePinned, severity: .warning, description: "A link pins a locale such as /en-us/."),
        Entry(rule: RuleName.assetidDuplicate, severity: .error, description: "Two articles of one locale share an ms.assetid."),
        Entry(rule: RuleName.localeMismatch, severity: .error, description: "ms.contentlocale differs from the article's folder."),
    ]

    private static let byRule = Dictionary(uniqueKeysWithValues: entries.map { ($0.rule, $0) })

    public static func contains(_ rule: String) -> Bool { byRule[rule] != nil }

    public static func description(of rule: String) -> String { byRule[rule]?.description ?? rule }

    /// The default severity; rules from other stages (drift) default to warnings.
    public static func defaultSeverity(of rule: String) -> Severity { byRule[rule]?.severity ?? .warning }
}
