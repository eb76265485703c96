import Foundation

/// Finds the `.md` files of each locale folder, sorted, without following links out of the content tree.
struct FileDiscovery {
    struct File: Sendable {
        var locale: String
        var relativePath: String
        var url: URL
        var path: String { "\(locale)/\(relativePath)" }
    }

    struct Result {
        var files: [File] = []
        var diagnostics: [Diagnostic] = []
        var skipped: [String] = []
    }

    var root: URL

    func articles(in locales: [String]) -> Result {
        var result = Result()
        let realRoot = root.resolvingSymlinksInPath().path
        for locale in locales {
            let folder = root.appendingPathComponent(locale)
            if isLinkOutside(folder, realRoot: realRoot) {
                result.diagnostics.append(outside(locale, "the locale folder is a symbolic link that points outside the content tree; its files are not read"))
                continue
            }
            guard let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey],
                options: [.skipsHiddenFiles])
            else { continue }
            var files: [File] = []
            for case let url as URL in enumerator {
                let relative = relativePath(of: url, in: folder)
                let path = "\(locale)/\(relative)"
                guard url.pathExtension.lowercased() == "md" else {
                    // A linked folder is not walked; one that leads out of the tree is reported, not lost silently.
                    if isLinkOutside(url, realRoot: realRoot), url.hasDirectoryPath || isDirectory(url) {
                        result.diagnostics.append(outside(path, "symbolic link to a folder outside the content tree; its files are not read"))
                    }
                    continue
                }
                let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey])
                if values?.isDirectory == true { continue }
                if isLinkOutside(url, realRoot: realRoot) {
                    result.skipped.append(path)
                    result.diagnostics.append(outside(path, "symbolic link points outside the content tree; the file is not read"))
                    continue
                }
                files.append(File(locale: locale, relativePath: relative, url: url))
            }
            result.files += files.sorted { $0.relativePath < $1.relativePath }
        }
        return result
    }

    /// Whether `url` is a symbolic link whose target lies outside the (real) content root.
    private func isLinkOutside(_ url: URL, realRoot: String) -> Bool {
        guard (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true else { return false }
        let target = url.resolvingSymlinksInPath().path
        return !(target == realRoot || target.hasPrefix(realRoot + "/"))
    }

    private func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private func outside(_ path: String, _ summary: String) -> Diagnostic {
        Diagnostic(
            rule: RuleName.pathOutsideContent, severity: .error, file: path, at: .fileStart, summary: summary,
            notes: ["the link resolves outside '\(root.lastPathComponent)'"])
    }

    private func relativePath(of url: URL, in folder: URL) -> String {
        let base = folder.standardizedFileURL.path
        let full = url.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
    }
}
