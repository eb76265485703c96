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
            guard let problem = TargetProblem(
                context.targets.resolve(reference, from: subject.document), noun: "image", reference: image.source,
                refusal: "it is not followed",
                filesystemRefusal: "it is not followed and will not show on the site", subject: subject, context: context)
            else { continue }
            result.append(
                Diagnostic(rule: RuleName.imageMissing, severity: .error, file: subject.path, at: image.location,
                    summary: problem.summary, notes: problem.notes))
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
