import Foundation

/// Every file and folder of the content tree (`ContentTree`, walked once per run), so link, image and include
/// targets are looked up, never read: case-sensitive (as a web server is), with a case-insensitive index for "did you mean".
public struct ContentFileIndex: Sendable {
    /// Content-relative paths of regular files: `nl-NL/media/a.png`.
    public private(set) var files: Set<String> = []
    /// Content-relative paths of folders: `nl-NL/admin/setup`.
    public private(set) var folders: Set<String> = []
    /// Every file with the hash of its lowercased path, sorted by hash (`finish`): a large tree keeps no lowercased
    /// copy of its paths and no hash table for the rare "did you mean"; `caseVariant` compares the paths whose
    /// hash matches.
    private var byFoldedHash: [(hash: Int, path: String)] = []

    public init(files: some Sequence<String>, folders: some Sequence<String> = []) {
        for file in files { add(file: file) }
        finish()
        self.folders = Set(folders)
        for file in self.files {
            var parts = file.split(separator: "/").dropLast()
            while !parts.isEmpty {
                self.folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
    }

    /// The files and folders of a walked tree.
    public init(tree: ContentTree) {
        files = tree.files
        folders = tree.folders
        byFoldedHash = files.map { ($0.lowercased().hashValue, $0) }
        finish()
    }

    private mutating func add(file: String) {
        guard files.insert(file).inserted else { return }
        byFoldedHash.append((file.lowercased().hashValue, file))
    }

    /// Sorts the case table once every file is in.
    private mutating func finish() {
        byFoldedHash.sort { $0.hash < $1.hash }
    }

    public func containsFile(_ path: String) -> Bool { files.contains(path) }
    public func containsFolder(_ path: String) -> Bool { folders.contains(path) }

    /// A file whose path differs from `path` only in letter case.
    public func caseVariant(of path: String) -> String? {
        let lowercased = path.lowercased()
        let hash = lowercased.hashValue
        let first = byFoldedHash.partitioningIndex { $0.hash >= hash }
        return byFoldedHash[first...].prefix { $0.hash == hash }.map(\.path)
            .filter { $0 != path && $0.lowercased() == lowercased }.min()
    }
}
