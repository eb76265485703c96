/// Words for a reference that resolves to nothing: where it was looked for, and what a reader of a partial
/// content set needs to tell a dead link from a page the set does not hold.
struct MissingTarget {
    var path: String
    var subject: ValidationSubject
    var context: ValidationContext

    /// `no file 'nl-NL/admin/x.md', nor 'en-US/admin/x.md' in the source locale`.
    var whereLooked: String {
        let source = context.content.configuration.source
        guard subject.locale != source, let fallback = ContentPath.inLocale(path, from: subject.locale, to: source) else {
            return "no file '\(path)'"
        }
        return "no file '\(path)', nor '\(fallback)' in the source locale"
    }

    var notes: [String] {
        var notes: [String] = []
        let folder = ContentPath.folder(of: path)
        if !folder.isEmpty, !context.files.containsFolder(folder) {
            var missing = folder
            while case let parent = ContentPath.folder(of: missing), !parent.isEmpty, !context.files.containsFolder(parent) {
                missing = parent
            }
            notes.append("the folder '\(missing)' is not in the content set")
        }
        for locale in context.content.configuration.locales where locale != subject.locale {
            if let other = ContentPath.inLocale(path, from: subject.locale, to: locale), context.files.containsFile(other) {
                notes.append("'\(other)' exists: the content set has this file in \(locale) but not in \(subject.locale)")
            }
        }
        return notes
    }
}
