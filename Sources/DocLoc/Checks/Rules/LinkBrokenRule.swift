/// `link-broken`: a relative link to a file or folder that exists nowhere in the content set (neither in the
/// article's locale nor, for a translation, in the source locale it falls back to), a link that climbs out of
/// the content tree, or one to an absolute filesystem path. Such targets are reported, never read.
public struct LinkBrokenRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for link in subject.article.links {
            let message: String?
            var notes: [String] = []
            switch link.kind {
            case .relativeFile:
                let reference = link.path
                guard !reference.isEmpty else { continue }
                switch context.targets.resolve(reference, from: subject.document) {
                case .file, .folder(_, .some, _):
                    message = nil
                case .folder(let path, nil, _):
                    message = "link '\(link.destination)' leads to the folder '\(path)', which has no index page"
                case .missing(let path, let variant):
                let missing = MissingTarget(path: path, subject: subject, context: context)
                notes = missing.notes
                    message = "link target '\(reference)' does not exist: " + missing.whereLooked
                        + (variant.map { "; did you mean '\($0)'? (the names differ only in letter case)" } ?? "")
                case .outsideContent:
                    message = "link '\(link.destination)' climbs out of the content tree; it is not followed"
                case .filesystemPath:
                    message = "link '\(link.destination)' is an absolute filesystem path; it is not followed and will not work on the site"
                }
            case .external where TargetResolver.isFilesystemPath(link.destination):
                message = "link '\(link.destination)' is an absolute filesystem path; it is not followed and will not work on the site"
            default:
                message = nil
            }
            if let message {
                result.append(
                    Diagnostic(
                        rule: RuleName.linkBroken, severity: .error, file: subject.path, at: link.location,
                        summary: message, notes: notes))
            }
        }
        return result
    }
}
