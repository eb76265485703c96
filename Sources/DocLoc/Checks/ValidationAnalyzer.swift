/// Validation: builds the shared lookups once, then runs every rule over each article in one pass (articles in
/// parallel), and counts how the UI paths resolved per locale.
public struct ValidationAnalyzer: SummarizingAnalyzer {
    public var rules: [any ValidationRule]

    public init(rules: [any ValidationRule] = ValidationAnalyzer.standardRules) {
        self.rules = rules
    }

    /// Every rule of DESIGN.md's catalogue.
    public static let standardRules: [any ValidationRule] = [
        UIPathRule(), LinkBrokenRule(), AnchorMissingRule(), AnchorDuplicateRule(), ImageMissingRule(),
        IncludeMissingRule(), IncludeCycleRule(), FwlinkUnknownRule(), FwlinkMismatchRule(), LinkLocalePinnedRule(),
        AssetIDDuplicateRule(), LocaleMismatchRule(),
    ]

    public func analysis(_ content: ContentSet) -> Analysis {
        let context = ValidationContext(content: content)
        let documents = content.documents.filter(\.isUsable)
        let rules = self.rules
        let results = ParallelMap.map(documents) { document -> ([Diagnostic], UIPathCoverage) in
            let subject = ValidationSubject(document: document, resolver: context.resolver)
            var coverage = UIPathCoverage()
            if let resolver = context.resolver {
                for trace in subject.traces(resolver) { coverage.count(trace) }
            }
            return (rules.flatMap { $0.check(subject, in: context) }, coverage)
        }
        var coverage = UIPathCoverage()
        for (_, c) in results { coverage.add(c) }
        let lines = context.model == nil ? [] : coverage.summaryLines(locales: content.configuration.locales)
        return Analysis(diagnostics: results.flatMap(\.0), summaryLines: lines)
    }
}
