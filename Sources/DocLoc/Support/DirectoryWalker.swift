#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Walks a folder with `opendir`/`readdir`/`lstat` — Foundation's enumerator and `URL.resourceValues` cost
/// about 0.2 ms a file, more than parsing a small article. Hidden entries (`.name`) are skipped unless asked for;
/// symbolic links are reported with where they lead and never walked into.
struct DirectoryWalker {
    enum Kind: Equatable {
        case file
        case directory
        /// A symbolic link: what its target is (`nil` when dangling) and whether the target lies inside `within`.
        case link(target: TargetKind?, inside: Bool)
        /// A socket, device, FIFO.
        case other
        /// A name that is not valid UTF-8 (`relativePath` shows it with U+FFFD): not looked at further.
        case undecodableName
    }

    enum TargetKind: Equatable { case file, directory, other }

    struct Entry: Sendable {
        /// Path below the walked folder: `admin/setup/a.md`.
        var relativePath: String
        var kind: Kind
        /// The inode number `readdir` reported (`d_ino`; 0 for an undecodable name).
        var inode: UInt64 = 0
    }

    /// The real path (`realpath`) that links must stay inside.
    var within: String
    /// Whether entries whose name starts with `.` are listed (and walked into) too.
    var includesHidden: Bool

    init(within root: String, includesHidden: Bool = false) {
        within = Self.realPath(root) ?? root
        self.includesHidden = includesHidden
    }

    /// Every entry below `folder`, depth first, each folder's entries in byte order of their names.
    func entries(below folder: String) -> [Entry] {
        var result: [Entry] = []
        visit(below: folder) { result.append($0) }
        return result
    }

    /// `entries(below:)` handed to `body` one at a time, in the same order, without listing them all first.
    func visit(below folder: String, _ body: (Entry) -> Void) {
        walk(folder, prefix: "", body)
    }

    /// What `path` itself is (a link is not followed).
    func kind(of path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return kind(mode: info.st_mode, path: path)
    }

    private func walk(_ folder: String, prefix: String, _ body: (Entry) -> Void) {
        guard let directory = opendir(folder) else { return }
        // The kind readdir reports (d_type) spares an lstat per entry; filesystems that do not report it say
        // DT_UNKNOWN, and links are always looked at.
        var names: [(name: String, kind: Kind?, inode: UInt64)] = []
        var undecodable: [String] = []
        while let entry = readdir(directory) {
            let bytes = Self.name(of: entry)
            if bytes == [UInt8(ascii: ".")] || bytes == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            if bytes.first == UInt8(ascii: "."), !includesHidden { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append((name, Self.kind(reported: entry.pointee.d_type), UInt64(entry.pointee.d_ino)))
            } else {
                undecodable.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        closedir(directory)
        for name in undecodable.sorted() {
            body(Entry(relativePath: prefix + name, kind: .undecodableName))
        }
        names.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        for (name, reported, inode) in names {
            let path = folder + "/" + name
            guard let kind = reported ?? kind(of: path) else { continue }
            let relative = String.exactly(prefix, name)
            body(Entry(relativePath: relative, kind: kind, inode: inode))
            if kind == .directory { walk(path, prefix: relative + "/", body) }
        }
    }

    /// The bytes of an entry's name, read in place up to its NUL. Not `entry.pointee.d_name`: that copies the whole
    /// 256-byte field, and `readdir` packs entries by their length — the last one in its buffer can end a few bytes
    /// before an unmapped page (a 50k-pair incremental build crashed there, in the walk of the content tree).
    static func name(of entry: UnsafePointer<dirent>) -> [UInt8] {
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let start = UnsafeRawPointer(entry).advanced(by: offset).assumingMemoryBound(to: CChar.self)
        return Array(UnsafeRawBufferPointer(start: start, count: strlen(start)))
    }

    /// A regular file or a folder as `readdir` reports it; nil: `lstat` must tell.
    private static func kind(reported type: UInt8) -> Kind? {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        default: return nil
        }
    }

    private func kind(mode: mode_t, path: String) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK:
            var info = stat()
            let target: TargetKind? = stat(path, &info) == 0 ? targetKind(info.st_mode) : nil
            let real = Self.realPath(path)
            let inside = real.map { $0 == within || $0.hasPrefix(within == "/" ? "/" : within + "/") } ?? false
            return .link(target: target, inside: inside)
        default: return .other
        }
    }

    private func targetKind(_ mode: mode_t) -> TargetKind {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
