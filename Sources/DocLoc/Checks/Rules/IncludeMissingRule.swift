/// `include-missing`: `[!INCLUDE[…](path)]` whose file is not in the content set (the article's locale, then
/// the source locale's copy, as for links).
public struct IncludeMissingRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for include in subject.article.includes {
            let reference = LinkTarget(include.text.trimmingSpaces).path
            guard let problem = TargetProblem(
                context.targets.resolve(reference, from: subject.document), noun: "include", reference: include.text,
                refusal: "it is not read", filesystemRefusal: "it is not read", subject: subject, context: context)
            else { continue }
            result.append(
                Diagnostic(rule: RuleName.includeMissing, severity: .error, file: subject.path, at: include.location,
                    summary: problem.summary, notes: problem.notes))
        }
        return result
    }
}
