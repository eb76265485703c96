/// What the image and include rules say about a relative reference that does not lead to a file.
struct TargetProblem {
    var summary: String
    var notes: [String] = []

    /// nil when `resolution` is a file. `noun` names the reference ("image", "include"); `refusal` ends the
    /// sentence for a path that leaves the tree, `filesystemRefusal` for an absolute filesystem path.
    init?(
        _ resolution: TargetResolution, noun: String, reference: String, refusal: String, filesystemRefusal: String,
        subject: ValidationSubject, context: ValidationContext
    ) {
        switch resolution {
        case .file:
            return nil
        case .folder(let path, _, _):
            summary = "\(noun) '\(reference)' is the folder '\(path)', not a file"
        case .missing(let path, let variant):
            let missing = MissingTarget(path: path, subject: subject, context: context)
            notes = missing.notes
            summary = "\(noun) '\(reference)' does not exist: " + missing.whereLooked
                + (variant.map { "; did you mean '\($0)'? (the names differ only in letter case)" } ?? "")
        case .outsideContent:
            summary = "\(noun) '\(reference)' climbs out of the content tree; \(refusal)"
        case .filesystemPath:
            summary = "\(noun) '\(reference)' is an absolute filesystem path; \(filesystemRefusal)"
        }
    }
}
