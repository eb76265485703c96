#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// Removes a folder and everything in it, its files unlinked on every core: the previous site set aside after an
/// incremental build is as many files as the site has pages, and one thread unlinking them was a tenth of the
/// build. Work is shared out folder by folder, so two threads never wait on one folder's lock. What the walk did not
/// list (a name that is not UTF-8, a file that appeared meanwhile) is left to FileManager.
enum TreeRemoval {
    static func remove(_ root: String) {
        remove(root, entries: DirectoryWalker(within: root, includesHidden: true).entries(below: root))
    }

    /// Removes `root`, whose entries a walk (hidden ones included) listed already — before it was renamed, say.
    static func remove(_ root: String, entries: [DirectoryWalker.Entry]) {
        var filesByFolder: [String: [String]] = [:]
        var folders: [String] = []
        for entry in entries {
            if entry.kind == .directory {
                folders.append(entry.relativePath)
            } else if entry.kind != .undecodableName {
                let slash = entry.relativePath.utf8.lastIndex(of: UInt8(ascii: "/"))
                let folder = slash.map { String(entry.relativePath[..<$0]) } ?? ""
                filesByFolder[folder, default: []].append(entry.relativePath)
            }
        }
        ParallelMap.forEach(Array(filesByFolder.values)) { paths in
            for path in paths { unlink(root + "/" + path) }
        }
        // The walk lists a folder before what is inside it: backwards, every folder is empty when its turn comes.
        for folder in folders.reversed() { rmdir(root + "/" + folder) }
        if rmdir(root) != 0, errno != ENOENT { try? FileManager.default.removeItem(atPath: root) }
    }
}
