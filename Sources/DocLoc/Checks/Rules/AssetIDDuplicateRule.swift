/// `assetid-duplicate`: two articles of one locale with the same `ms.assetid`. Translations pair with sources
/// by asset id when their paths differ, so a duplicate makes that pairing ambiguous.
public struct AssetIDDuplicateRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        let frontMatter = subject.article.frontMatter
        guard let id = frontMatter.assetID, !id.isEmpty,
            let paths = context.assetIDs[ValidationContext.assetKey(subject.locale, id)], paths.count > 1,
            let first = paths.first, first != subject.path
        else { return [] }
        return [
            Diagnostic(
                rule: RuleName.assetidDuplicate, severity: .error, file: subject.path,
                at: SourceLocation(line: frontMatter.line(of: "ms.assetid") ?? 1, column: 1),
                summary: "ms.assetid '\(id)' is also the asset id of '\(first)'",
                notes: ["articles with this asset id in \(subject.locale): " + paths.joined(separator: ", ")],
                solutions: ["give this article an asset id of its own"])
        ]
    }
}
