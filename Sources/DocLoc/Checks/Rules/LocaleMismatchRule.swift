/// `locale-mismatch`: `ms.contentlocale` names another locale than the folder the article is in.
public struct LocaleMismatchRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        let frontMatter = subject.article.frontMatter
        guard let declared = frontMatter.contentLocale, !declared.isEmpty,
            declared.lowercased() != subject.locale.lowercased()
        else { return [] }
        return [
            Diagnostic(
                rule: RuleName.localeMismatch, severity: .error, file: subject.path,
                at: SourceLocation(line: frontMatter.line(of: "ms.contentlocale") ?? 1, column: 1),
                summary: "ms.contentlocale is '\(declared)' but the article is in the '\(subject.locale)' folder",
                solutions: ["set 'ms.contentlocale: \(subject.locale)', or move the article to '\(declared)/'"])
        ]
    }
}
