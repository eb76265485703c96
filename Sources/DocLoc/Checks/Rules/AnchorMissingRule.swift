/// `anchor-missing`: a `#fragment` that the target page does not define — this page for `#x`, the linked
/// article for `other.md#x` (the translated page, or the source locale's page the link falls back to).
/// `#tab/…` fragments are DocFX tab links, not anchors.
public struct AnchorMissingRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for link in subject.article.links {
            guard let raw = link.fragment, !raw.isEmpty else { continue }
            let fragment = raw.removingPercentEncoding ?? raw
            guard !fragment.lowercased().hasPrefix("tab/") else { continue }
            let target: String
            let whereText: String
            switch link.kind {
            case .fragment:
                target = subject.path
                whereText = "this page"
            case .relativeFile where !link.path.isEmpty:
                let resolution = context.targets.resolve(link.path, from: subject.document)
                guard let document = context.article(at: resolution) else { continue }
                target = document.path
                if resolution.isFallback {
                    whereText = "'\(target)' (the \(document.locale) page this link falls back to; \(subject.locale) has no translation of it)"
                } else if subject.locale != context.content.configuration.source, document.locale == subject.locale {
                    whereText = "'\(target)' (the translated page)"
                } else {
                    whereText = "'\(target)'"
                }
            default:
                continue
            }
            let anchors = context.anchors(of: target)
            guard !anchors.contains(fragment) else { continue }
            let suggestion = Self.suggestion(for: fragment, in: anchors)
            result.append(
                Diagnostic(
                    rule: RuleName.anchorMissing, severity: .error, file: subject.path, at: link.location,
                    summary: "anchor '#\(fragment)' is not defined in \(whereText)"
                        + (suggestion.map { "; did you mean '#\($0)'?" } ?? "")))
        }
        return result
    }

    /// The anchor most like `fragment`: equal ignoring case, else the closest within a quarter of its length.
    static func suggestion(for fragment: String, in anchors: Set<String>) -> String? {
        let lower = fragment.lowercased()
        if let same = anchors.sorted().first(where: { $0.lowercased() == lower }) { return same }
        let limit = max(2, fragment.count / 4)
        let scored = anchors.sorted().map { ($0, LabelMatching.distance(lower, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
        return best.0
    }
}
