/// `include-missing`: `[!INCLUDE[…](path)]` whose file is not in the content set (the article's locale, then
/// the source locale's copy, as for links).
public struct IncludeMissingRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for include in subject.article.includes {
            let reference = LinkTarget(include.text.trimmingSpaces).path
            let summary: String
            var notes: [String] = []
            switch context.targets.resolve(reference, from: subject.document) {
            case .file:
                continue
            case .folder(let path, _, _):
                summary = "include '\(include.text)' is the folder '\(path)', not a file"
            case .missing(let path, let variant):
                let missing = MissingTarget(path: path, subject: subject, context: context)
                notes = missing.notes
                summary = "include '\(include.text)' does not exist: " + missing.whereLooked
                    + (variant.map { "; did you mean '\($0)'? (the names differ only in letter case)" } ?? "")
            case .outsideContent:
                summary = "include '\(include.text)' climbs out of the content tree; it is not read"
            case .filesystemPath:
                summary = "include '\(include.text)' is an absolute filesystem path; it is not read"
            }
            result.append(
                Diagnostic(rule: RuleName.includeMissing, severity: .error, file: subject.path, at: include.location, summary: summary,
                    notes: notes))
        }
        return result
    }
}
