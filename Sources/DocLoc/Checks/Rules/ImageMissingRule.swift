/// `image-missing`: an image whose file is not in the content set — looked up case-sensitively, as a web
/// server does, in the article's locale and then in the source locale (a translation falls back to the
/// source's images). A name that differs only in letter case is named as the likely fix.
public struct ImageMissingRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for image in subject.article.images {
            let reference = LinkTarget(image.source.trimmingSpaces).path
            guard !reference.isEmpty, Self.isRelative(reference) else { continue }
            let summary: String
            var notes: [String] = []
            switch context.targets.resolve(reference, from: subject.document) {
            case .file:
                continue
            case .folder(let path, _, _):
                summary = "image '\(image.source)' is the folder '\(path)', not a file"
            case .missing(let path, let variant):
                let missing = MissingTarget(path: path, subject: subject, context: context)
                notes = missing.notes
                summary = "image '\(image.source)' does not exist: " + missing.whereLooked
                    + (variant.map { "; did you mean '\($0)'? (the names differ only in letter case)" } ?? "")
            case .outsideContent:
                summary = "image '\(image.source)' climbs out of the content tree; it is not followed"
            case .filesystemPath:
                summary = "image '\(image.source)' is an absolute filesystem path; it is not followed and will not show on the site"
            }
            result.append(
                Diagnostic(rule: RuleName.imageMissing, severity: .error, file: subject.path, at: image.location, summary: summary,
                    notes: notes))
        }
        return result
    }

    /// Relative file references and filesystem paths; not URLs, `data:` or site-absolute paths.
    static func isRelative(_ reference: String) -> Bool {
        if TargetResolver.isFilesystemPath(reference) { return true }
        if reference.hasPrefix("/") { return false }
        let (kind, _) = LinkClassifier.classify(reference)
        return kind == .relativeFile
    }
}
