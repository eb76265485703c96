import Foundation

extension OutputFolder {
    /// The paths of the manifest in the site at `folder` (empty when there is none, or when it is not UTF-8), in a
    /// `PackedPathMap` — as a `Set<String>` they were 112,000 strings at 50k pairs (~12 MB) while a spare was
    /// recycled, during the load of an incremental build. Split on line-feed bytes: split on `Character`s it took
    /// ~1% of an incremental build of the real corpus.
    static func manifest(in folder: String) -> PackedPathMap {
        var paths = PackedPathMap()
        guard let data = FileManager.default.contents(atPath: folder + "/" + Self.manifestName) else { return paths }
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            // Validated in place: a `String` of it would be a copy of the whole manifest (~5 MB at 50k pairs).
            guard (try? UTF8Span(validating: bytes.span)) != nil else { return }
            _ = forEachPath(in: bytes) { line in
                paths.set(utf8: line, 0)
                return true
            }
        }
        return paths
    }

    /// Hands each path of a manifest's `bytes` (a line that is not empty, nor a `#` comment) to `body`, until it
    /// returns false; false then.
    private static func forEachPath(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            guard body(line) else { return false }
        }
        return true
    }

    /// Which of `entries` the manifest in the site at `folder` lists (all false when there is none): its lines, which
    /// a build writes in sorted order, merged with the entries' paths sorted the same way — not looked up in a set of
    /// its paths, which at 50k pairs was 112,000 strings (~23 MB while it was made) at the end of a build into the
    /// previous site. A manifest that is not in order (edited by hand) is read into a map after all.
    static func listed(_ entries: [DirectoryWalker.Entry], inManifestOf folder: String) -> [Bool] {
        var listed = [Bool](repeating: false, count: entries.count)
        guard let data = FileManager.default.contents(atPath: folder + "/" + Self.manifestName) else { return listed }
        let order = entries.indices.sorted { entries[$0].relativePath < entries[$1].relativePath }
        var next = 0
        var previous: String?
        let merged = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            forEachPath(in: raw.bindMemory(to: UInt8.self)) { line in
                // Not UTF-8: the manifest lists nothing (as when read whole).
                guard let path = String(validating: line, as: UTF8.self) else { return false }
                if let previous, path < previous { return false }
                previous = path
                while next < order.count, entries[order[next]].relativePath < path { next += 1 }
                while next < order.count, entries[order[next]].relativePath == path {
                    listed[order[next]] = true
                    next += 1
                }
                return true
            }
        }
        if merged { return listed }
        let paths = Self.manifest(in: folder)
        return entries.map { paths.contains($0.relativePath) }
    }

    /// What the destination holds, and which of it docloc did not write (`foreignEntries`).
    struct DestinationScan: Sendable {
        var entries: [DirectoryWalker.Entry]
        var foreign: [(path: String, isDirectory: Bool)]
    }

    /// The destination's entries and its foreign ones; nil when there is no destination.
    func scanDestination() -> DestinationScan? {
        guard FileManager.default.fileExists(atPath: destination.path) else { return nil }
        let entries = destinationEntries()
        return DestinationScan(entries: entries, foreign: foreignEntries(entries))
    }

    /// Everything in the destination, hidden entries included (a user's `.nojekyll` is carried over like any other
    /// file): walked once, for `foreignEntries` and for removing the previous site after the swap.
    func destinationEntries() -> [DirectoryWalker.Entry] {
        DirectoryWalker(within: destination.path, includesHidden: true).entries(below: destination.path)
    }

    /// Every file, symbolic link and empty folder among the destination's `entries` that docloc did not write, as
    /// paths.
    func foreignEntries(_ entries: [DirectoryWalker.Entry]) -> [(path: String, isDirectory: Bool)] {
        let ours = Self.listed(entries, inManifestOf: destination.path)
        var result: [(String, Bool)] = []
        for (index, entry) in entries.enumerated() {
            let path = entry.relativePath
            guard path != Self.manifestName, path != BuildCache.fileName, path != BuildCache.searchFileName, !ours[index] else { continue }
            if entry.kind == .directory {
                // A folder's entries follow it in the walk: it is empty when the next entry is not inside it.
                let isEmpty = index + 1 == entries.count || !entries[index + 1].relativePath.hasPrefix(path + "/")
                if isEmpty { result.append((path, true)) }
            } else {
                result.append((path, false))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Links (or, across devices, copies) the user's files (`foreign`, from `foreignEntries`) into the staging folder
    /// at the same paths; stops with `outputNotWritable` when one stands where the new site has a file or a folder of
    /// its own.
    func carryOverForeignFiles(written: Set<String>, foreign: [(path: String, isDirectory: Bool)]) throws {
        let fm = FileManager.default
        guard !foreign.isEmpty else { return }
        let writtenFolders = Set(written.flatMap { path -> [String] in
            let parts = path.split(separator: "/")
            return parts.indices.dropLast().map { parts[...$0].joined(separator: "/") }
        })
        for entry in foreign {
            let clash = written.contains(entry.path) || (!entry.isDirectory && writtenFolders.contains(entry.path))
                || entry.path.split(separator: "/").indices.dropLast().contains { i in
                    written.contains(entry.path.split(separator: "/")[...i].joined(separator: "/"))
                }
            if clash {
                discard()
                throw DocLocError.outputNotWritable(
                    path: destination.path,
                    reason: "'\(entry.path)' was not written by docloc and the new site has a file there; move it away first")
            }
            let target = staging.appendingPathComponent(entry.path)
            let source = destination.appendingPathComponent(entry.path)
            do {
                if entry.isDirectory {
                    try fm.createDirectory(at: target, withIntermediateDirectories: true)
                    continue
                }
                try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                do {
                    try fm.linkItem(at: source, to: target)
                } catch {
                    try fm.copyItem(at: source, to: target)
                }
            } catch {
                discard()
                throw DocLocError.outputNotWritable(path: destination.path, reason: Self.reason(error))
            }
        }
    }
}
