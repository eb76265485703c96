/// Validation: runs every rule over each article of the content set's scope in one pass (articles in
/// parallel), with the lookups the whole set shares, and counts how the UI paths resolved per locale.
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
        var diagnostics: [Diagnostic] = []
        var coverage = UIPathCoverage()
        var hasModel = false
        content.inBatches { batch in
            let context = ValidationContext(content: batch)
            hasModel = context.model != nil
            let documents = batch.scopedDocuments.filter(\.isUsable)
            let rules = self.rules
            let results = ParallelMap.map(documents) { document -> ([Diagnostic], UIPathCoverage) in
                let subject = ValidationSubject(document: document, resolver: context.resolver)
                var coverage = UIPathCoverage()
                if let resolver = context.resolver {
                    for trace in subject.traces(resolver) { coverage.count(trace) }
                }
                return (rules.flatMap { $0.check(subject, in: context) }, coverage)
            }
            for (found, counted) in results {
                diagnostics += found
                coverage.add(counted)
            }
        }
        return Analysis(diagnostics: diagnostics, coverage: hasModel ? coverage : nil)
    }
}
