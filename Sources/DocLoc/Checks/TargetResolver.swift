import Foundation

/// Resolves an article's relative references against its folder, in the content file index: first in the
/// article's locale, then (for a translation) the same path in the source locale, as the site falls back.
public struct TargetResolver: Sendable {
    public var files: ContentFileIndex
    public var sourceLocale: String

    public init(files: ContentFileIndex, sourceLocale: String) {
        self.files = files
        self.sourceLocale = sourceLocale
    }

    /// `reference` is the link's path part (no fragment or query), as written.
    public func resolve(_ reference: String, from document: Document) -> TargetResolution {
        let decoded = reference.removingPercentEncoding ?? reference
        if Self.isFilesystemPath(decoded) { return .filesystemPath }
        guard let path = ContentPath.resolve(decoded, against: ContentPath.folder(of: document.path)) else {
            return .outsideContent
        }
        if let found = lookup(path, fallback: false) { return found }
        if document.locale != sourceLocale,
            let sourcePath = ContentPath.inLocale(path, from: document.locale, to: sourceLocale),
            let found = lookup(sourcePath, fallback: true)
        {
            return found
        }
        let variant = files.caseVariant(of: path)
            ?? ContentPath.inLocale(path, from: document.locale, to: sourceLocale).flatMap(files.caseVariant)
        return .missing(path: path, caseVariant: variant)
    }

    private func lookup(_ path: String, fallback: Bool) -> TargetResolution? {
        if files.containsFile(path) { return .file(path: path, fallback: fallback) }
        if path.isEmpty || files.containsFolder(path) {
            let index = ["index.md", "index.yml"].map { path.isEmpty ? $0 : "\(path)/\($0)" }.first(where: files.containsFile)
            return .folder(path: path, index: index, fallback: fallback)
        }
        return nil
    }

    /// `file:///x`, `/home/x` written as a file URL, `C:\x`, `\\server\x`.
    static func isFilesystemPath(_ reference: String) -> Bool {
        let lower = reference.lowercased()
        if lower.hasPrefix("file:") || reference.hasPrefix("\\\\") { return true }
        let chars = Array(reference)
        return chars.count >= 3 && chars[0].isLetter && chars[1] == ":" && (chars[2] == "\\" || chars[2] == "/")
    }
}
