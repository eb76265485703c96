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
            guard let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey],
                options: [.skipsHiddenFiles])
            else { continue }
            var files: [File] = []
            for case let url as URL in enumerator {
                guard url.pathExtension.lowercased() == "md" else { continue }
                let relative = relativePath(of: url, in: folder)
                let path = "\(locale)/\(relative)"
                let values = try? url.resourceValues(forKeys: [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey])
                if values?.isDirectory == true { continue }
                if values?.isSymbolicLink == true {
                    let target = url.resolvingSymlinksInPath().path
                    if !(target == realRoot || target.hasPrefix(realRoot + "/")) {
                        result.skipped.append(path)
                        result.diagnostics.append(
                            Diagnostic(
                                rule: RuleName.pathOutsideContent, severity: .error, file: path, at: .fileStart,
                                summary: "symbolic link points outside the content tree; the file is not read",
                                notes: ["the link resolves outside '\(root.lastPathComponent)'"]))
                        continue
                    }
                }
                files.append(File(locale: locale, relativePath: relative, url: url))
            }
            result.files += files.sorted { $0.relativePath < $1.relativePath }
        }
        return result
    }

    private func relativePath(of url: URL, in folder: URL) -> String {
        let base = folder.standardizedFileURL.path
        let full = url.standardizedFileURL.path
        return full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
    }
}
