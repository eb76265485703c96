/// One validation rule (one file each, in `Rules/`): reads one article with what the whole check knows and
/// returns its findings at the rule's default severity. `SeverityPolicy` applies docloc.yml afterwards.
public protocol ValidationRule: Sendable {
    func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic]
}
