import Foundation

/// Every file and folder of the content tree, walked once per check, so link, image and include targets are
/// looked up, never read: case-sensitive (as a web server is), with a case-insensitive index for "did you mean".
public struct ContentFileIndex: Sendable {
    /// Content-relative paths of regular files: `nl-NL/media/a.png`.
    public private(set) var files: Set<String> = []
    /// Content-relative paths of folders: `nl-NL/admin/setup`.
    public private(set) var folders: Set<String> = []
    private var filesByLowercase: [String: [String]] = [:]

    public init(files: some Sequence<String>, folders: some Sequence<String> = []) {
        for file in files { add(file: file) }
        self.folders = Set(folders)
        for file in self.files {
            var parts = file.split(separator: "/").dropLast()
            while !parts.isEmpty {
                self.folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
    }

    /// Walks `root` (hidden files skipped; a symbolic link counts as what it leads to only when that lies inside
    /// the tree, and linked folders are not walked).
    public init(walking root: URL) {
        self.init(files: [])
        let walker = DirectoryWalker(within: root.standardizedFileURL.path)
        for entry in walker.entries(below: root.standardizedFileURL.path) {
            switch entry.kind {
            case .directory, .link(target: .directory, inside: true): folders.insert(entry.relativePath)
            case .file, .link(target: .file, inside: true): add(file: entry.relativePath)
            default: continue
            }
        }
    }

    private mutating func add(file: String) {
        files.insert(file)
        filesByLowercase[file.lowercased(), default: []].append(file)
    }

    public func containsFile(_ path: String) -> Bool { files.contains(path) }
    public func containsFolder(_ path: String) -> Bool { folders.contains(path) }

    /// A file whose path differs from `path` only in letter case.
    public func caseVariant(of path: String) -> String? {
        filesByLowercase[path.lowercased()]?.sorted().first { $0 != path }
    }
}
