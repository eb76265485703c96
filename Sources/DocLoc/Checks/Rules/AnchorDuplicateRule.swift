/// `anchor-duplicate`: two explicit anchors (`<a name>` / `id`) with one name in a page. A browser jumps to
/// the first, so links meant for the second land in the wrong place. (Repeated heading slugs get `-1`, `-2`,
/// … and never collide.)
public struct AnchorDuplicateRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        var first: [String: Anchor] = [:]
        var result: [Diagnostic] = []
        for anchor in subject.article.anchors where anchor.origin == .explicit {
            guard let earlier = first[anchor.name] else {
                first[anchor.name] = anchor
                continue
            }
            result.append(
                Diagnostic(
                    rule: RuleName.anchorDuplicate, severity: .error, file: subject.path, at: anchor.location,
                    summary: "anchor '\(anchor.name)' is defined twice; it was first defined on line \(earlier.location.line)",
                    notes: ["links to '#\(anchor.name)' go to line \(earlier.location.line)"],
                    solutions: ["remove this anchor or give it a name of its own"]))
        }
        return result
    }
}
