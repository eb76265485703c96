import Foundation

/// Finds the `.md` files of each locale folder, sorted, without following links out of the content tree.
struct FileDiscovery {
    struct File: Sendable {
        var locale: String
        var relativePath: String
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
        let walker = DirectoryWalker(within: root.path)
        for locale in locales {
            let folder = root.path + "/" + locale
            guard let kind = walker.kind(of: folder) else { continue }
            if case .link(_, inside: false) = kind {
                result.diagnostics.append(outside(locale, "the locale folder is a symbolic link that points outside the content tree; its files are not read"))
                continue
            }
            var files: [File] = []
            for entry in walker.entries(below: folder) {
                let path = "\(locale)/\(entry.relativePath)"
                if entry.kind == .undecodableName {
                    result.skipped.append(path)
                    result.diagnostics.append(
                        Diagnostic(
                            rule: RuleName.encodingInvalid, severity: .error, file: path, at: .fileStart,
                            summary: "the name is not valid UTF-8 (shown with U+FFFD); it is not read",
                            solutions: ["rename it in UTF-8"]))
                    continue
                }
                guard Self.isMarkdown(entry.relativePath) else {
                    // A linked folder is not walked; one that leads out of the tree is reported, not lost silently.
                    if case .link(target: .directory, inside: false) = entry.kind {
                        result.diagnostics.append(outside(path, "symbolic link to a folder outside the content tree; its files are not read"))
                    }
                    continue
                }
                switch entry.kind {
                case .directory, .link(target: .directory, inside: true), .undecodableName:
                    continue
                case .link(target: .some(_), inside: false):
                    result.skipped.append(path)
                    result.diagnostics.append(outside(path, "symbolic link points outside the content tree; the file is not read"))
                    continue
                case .other, .link(target: .other, inside: true):
                    // Reading a FIFO would block the whole run; a device is not an article.
                    result.skipped.append(path)
                    result.diagnostics.append(
                        Diagnostic(
                            rule: RuleName.encodingInvalid, severity: .error, file: path, at: .fileStart,
                            summary: "not a regular file (a FIFO, socket or device); it is not read"))
                    continue
                case .file, .link(target: .file, inside: true), .link(target: nil, _):
                    // A dangling link is kept: reading it fails with its own diagnostic.
                    files.append(
                        File(locale: locale, relativePath: entry.relativePath))
                }
            }
            result.files += files.sorted { $0.relativePath < $1.relativePath }
        }
        return result
    }

    /// `.md` in any letter case, as `URL.pathExtension` would see it.
    static func isMarkdown(_ path: String) -> Bool {
        // An ASCII name without CR (a byte per character) is looked at byte by byte: by Characters this was 1% of
        // an incremental build of the real corpus, for every file and folder of the tree.
        let bytes = path.utf8
        if bytes.last != UInt8(ascii: "/") {
            let name = bytes[(bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex)...]
            if name.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                let tail = Array(name.suffix(3))
                return name.count > 3 && tail[0] == UInt8(ascii: ".") && tail[1] | 0x20 == UInt8(ascii: "m")
                    && tail[2] | 0x20 == UInt8(ascii: "d")
            }
        }
        let name = path.split(separator: "/").last ?? ""
        return name.count > 3 && name.lowercased().hasSuffix(".md")
    }

    private func outside(_ path: String, _ summary: String) -> Diagnostic {
        Diagnostic(
            rule: RuleName.pathOutsideContent, severity: .error, file: path, at: .fileStart, summary: summary,
            notes: ["the link resolves outside '\(root.lastPathComponent)'"])
    }
}
