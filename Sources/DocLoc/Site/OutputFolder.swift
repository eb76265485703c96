import Foundation

/// Where the site is written, atomically and without touching what docloc did not write.
///
/// Pages are written into a hidden staging folder beside `--out`; when everything is written, the staging
/// folder and the published site change places in one step (`DirectoryExchange`; two renames in one folder where
/// the file system cannot), so readers never see half a site.
///
/// An incremental build keeps the site it swapped out as a spare (`.<out>.docloc-spare`, beside the staging
/// folder) and the next incremental build takes it as its staging folder: the site before last, most of whose
/// files are hard links to the same files as the published site's. Such a file is kept where the new site links
/// the same file; everything else there is replaced — a file no other name links is emptied and rewritten, a
/// link is never written through (`FileWriter.create`) — and what the new site does not have is removed.
/// Building the staging folder anew cost an incremental build of the real corpus ~870 links, 42 folders and as
/// many unlinks to remove the site swapped out — a fifth of its time.
/// `.docloc-manifest` lists every file docloc wrote and `.docloc-cache` (`BuildCache`) what each page was
/// made from. Files in `--out` that the previous manifest does not list are the user's: they are linked (or
/// copied) into the new site before the swap, and a build that would replace one stops instead.
public struct OutputFolder: Sendable {
    public static let manifestName = ".docloc-manifest"

    public let destination: URL
    public let staging: URL
    /// `destination.path` and `staging.path`, joined to site paths with a `/` (a `URL` re-parses itself on every
    /// `appendingPathComponent`: ~5% of an incremental build of the real corpus, at three per image).
    let destinationPath: String
    private let stagingFolderPath: String
    /// When the staging folder is a recycled spare: the files in it that the previous build wrote too (by site
    /// path), each of which is replaced or removed unless the new site has the very same file there — with the
    /// inode number the walk of the spare read for it.
    let recycled: PackedPathMap?
    /// The device of the recycled spare's files, when the inode numbers its walk read are those `lstat` gives (one
    /// file checked; a file system may number entries differently in `readdir`): then a published file with the same
    /// device and inode is the very file in the spare, and `place` need not look it up again.
    let recycledDevice: UInt64?
    /// Whether the site swapped out is kept as the spare (incremental builds) or removed.
    let keepsSpare: Bool
    /// How many files of the new site are the published site's own (linked, or left in a recycled spare): unchanged,
    /// with their modification times. Counted where each is placed, on any thread.
    let keptFiles = SharedCount()

    init(destination: URL, staging: URL, recycled: PackedPathMap? = nil, keepsSpare: Bool = false) {
        self.destination = destination
        self.staging = staging
        destinationPath = destination.path
        stagingFolderPath = staging.path
        self.recycled = recycled
        self.keepsSpare = keepsSpare
        recycledDevice = recycled.flatMap { Self.deviceIfNumbersMatch(recycled: $0, in: staging.path) }
    }

    /// The device of the recycled files when the inode number read for one of them is the one `lstat` gives.
    private static func deviceIfNumbersMatch(recycled: PackedPathMap, in root: String) -> UInt64? {
        guard let (path, inode) = recycled.first(where: { $0 != 0 }) else { return nil }
        var info = stat()
        guard lstat(root + "/" + path, &info) == 0, UInt64(info.st_ino) == inode else { return nil }
        return UInt64(info.st_dev)
    }

    /// Where the spare of the site at `destination` is kept.
    static func spare(of destination: URL) -> URL {
        destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).docloc-spare")
    }

    /// Checks the destination and creates the staging folder — or, `recycling` (incremental builds), takes the
    /// spare as it when there is one.
    public static func prepare(_ out: URL, content: URL, recycling: Bool = false) throws -> OutputFolder {
        let fm = FileManager.default
        let destination = out.standardizedFileURL.resolvingSymlinksInPath()
        let contentRoot = content.standardizedFileURL.resolvingSymlinksInPath()
        if destination.path == contentRoot.path || destination.path.hasPrefix(contentRoot.path + "/") {
            throw DocLocError.outputInsideContent(path: out.path)
        }
        if contentRoot.path.hasPrefix(destination.path == "/" ? "/" : destination.path + "/") {
            throw DocLocError.contentInsideOutput(path: out.path)
        }
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: destination.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw DocLocError.outputNotWritable(path: out.path, reason: "it is a file, not a folder")
        }
        let parent = destination.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(destination.lastPathComponent).docloc-staging-\(getpid())")
        var recycled: PackedPathMap?
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            clearAbandonedStaging(of: destination)
            // Taken with a rename: of two builds at once, one gets the spare and the other starts afresh.
            if recycling, rename(spare(of: destination).path, staging.path) == 0 {
                recycled = recycle(staging.path, keeping: manifest(in: destination.path))
            }
            if recycled == nil { try fm.createDirectory(at: staging, withIntermediateDirectories: false) }
        } catch {
            throw DocLocError.outputNotWritable(path: out.path, reason: Self.reason(error))
        }
        return OutputFolder(destination: destination, staging: staging, recycled: recycled, keepsSpare: recycling)
    }

    /// The staging folders of builds that died (killed, out of memory, crashed) before their swap: each is named for
    /// its process, which no longer exists. The first becomes the spare when there is none — it holds the site
    /// before last, as a spare does, and pages half written, which recycling replaces like any file that is not
    /// the published one (`place`) — and the others are removed; a pipeline whose build timed out would otherwise
    /// keep a site's worth of files beside `--out` for good. A folder whose process is alive is another build's.
    static func clearAbandonedStaging(of destination: URL) {
        let parent = destination.deletingLastPathComponent().path
        let prefix = ".\(destination.lastPathComponent).docloc-staging-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names.sorted() where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), pid > 0, kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            let folder = parent + "/" + name
            guard DirectoryWalker(within: parent).kind(of: folder) == .directory else { continue }
            if rename(folder, spare(of: destination).path) != 0 { TreeRemoval.remove(folder) }
        }
    }

    /// Empties a spare taken as the staging folder of all but the regular files the previous build wrote
    /// (`ours`, its manifest) and the folders holding them; returns those files with their inode numbers, or nil —
    /// the folder removed — when an entry cannot be removed.
    static func recycle(_ root: String, keeping ours: PackedPathMap) -> PackedPathMap? {
        var kept = PackedPathMap()
        var folders: [String] = []
        var removable = true
        DirectoryWalker(within: root, includesHidden: true).visit(below: root) { entry in
            switch entry.kind {
            case .directory: folders.append(entry.relativePath)
            case .file where ours.contains(entry.relativePath): kept.set(entry.relativePath, entry.inode)
            case .undecodableName: removable = false
            default: if unlink(root + "/" + entry.relativePath) != 0 { removable = false }
            }
        }
        guard removable else {
            TreeRemoval.remove(root)
            return nil
        }
        // Deepest first: a folder left empty goes, one that holds a kept file stays (ENOTEMPTY).
        for folder in folders.reversed() { rmdir(root + "/" + folder) }
        return kept
    }

    /// Creates the folders of these paths up front, one thread, so parallel writers never race on them: each folder
    /// and its parents, parents first, with `mkdir(2)` (FileManager's `createDirectory` stats every component of
    /// the path first). A folder that exists already is fine; anything else in its place is an error.
    public func createFolders(for paths: [String]) throws {
        var folders = Set<Substring>()
        for path in paths {
            var folder = Substring(path)
            // By UTF-8 code unit: `lastIndex(of:)` on characters walks grapheme breaks back from the end, which was
            // nearly a millisecond of an incremental build of the real corpus (564 pages), on its main thread.
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                guard folders.insert(folder).inserted else { break }
            }
        }
        for folder in folders.sorted() {
            let full = stagingFolderPath + "/" + folder
            guard mkdir(full, 0o777) != 0 else { continue }
            var code = errno
            var info = stat()
            if code == EEXIST, lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { continue }
            // In a recycled spare, a file of the site before last may stand where this site has a folder.
            if code == EEXIST, recycled != nil, unlink(full) == 0 {
                if mkdir(full, 0o777) == 0 { continue }
                code = errno
            }
            throw DocLocError.outputNotWritable(
                path: destinationPath + "/" + folder, reason: String(cString: strerror(code == EEXIST ? ENOTDIR : code)))
        }
    }

    /// Writes one file of the site (a `/`-separated path inside it) — links the published one instead when it holds
    /// these very bytes (`linkUnchanged`).
    public func write(_ path: String, _ bytes: [UInt8]) throws {
        if bytes.withUnsafeBytes({ linkUnchanged(path, holding: $0) }) { return }
        let file = stagingPath(path)
        do {
            if case .failure(let failure) = Result(catching: { () throws(FileWriter.Failure) in try FileWriter.save(bytes, toPath: file) }) {
                // ENOENT: a folder `createFolders` was not told about. EISDIR: in a recycled spare, a folder of the
                // site before last where this site has a file.
                if failure.code == EISDIR, recycled != nil {
                    TreeRemoval.remove(file)
                } else {
                    guard failure.code == ENOENT else { throw failure }
                    try createFolders(for: [path])
                }
                try FileWriter.save(bytes, toPath: file)
            }
        } catch let error as DocLocError {
            throw error
        } catch {
            throw DocLocError.outputNotWritable(path: destinationPath + "/" + path, reason: Self.reason(error))
        }
    }

    /// Links the previous site's file at `path` into the new one when its bytes still have SHA-256 `digest`
    /// (copies them when a link cannot be made); false when the file is gone or changed. Hashed a chunk at a time
    /// (`FileDigest`), never held whole.
    public func reuse(_ path: String, digest: String) -> Bool {
        let previous = destinationPath + "/" + path
        guard FileDigest.sha256(ofFile: previous) == digest else { return false }
        if place(previous, at: path) {
            keptFiles.add()
            return true
        }
        // A copy must hold the bytes that were hashed: the file could have changed in between.
        let copy = stagingPath(path)
        guard (try? FileCopier.copy(fromPath: previous, toPath: copy)) != nil else { return false }
        guard FileDigest.sha256(ofFile: copy) == digest else {
            unlink(copy)
            return false
        }
        return true
    }

    /// Makes the previous site's file at `previous` the new site's at `path`, by a hard link — or, in a recycled
    /// spare that has the very same file there already, by leaving it. `identity`: which file `previous` is, when
    /// the caller looked already.
    func place(_ previous: String, at path: String, identity: FileIdentity? = nil) -> Bool {
        let file = stagingPath(path)
        if let recycled, let seen = recycled[path] {
            if let identity, let device = recycledDevice, identity.device == device, identity.inode == seen { return true }
            var old = stat()
            var new = stat()
            if lstat(file, &old) == 0, let identity = identity ?? (lstat(previous, &new) == 0 ? FileIdentity(new) : nil),
                FileIdentity(old) == identity
            {
                return true
            }
            unlink(file)
        }
        return link(previous, file) == 0
    }

    /// Links the previous site's article page at `path` into the new one when it is as the previous build wrote
    /// it. A page that still has its recorded size and is older than `trustedBefore` (when the previous build
    /// wrote its cache, after every page) was not touched since, and is linked without being read; any other is
    /// read and must still have SHA-256 `digest` (an edit within the clock tick of the cache write is caught
    /// so). Like make and rsync, this trusts modification times: an edit that sets an older time and keeps the
    /// size goes unseen. False when the page is gone or changed.
    public func reusePage(_ path: String, digest: String, byteCount: Int?, trustedBefore: Int64) -> Bool {
        let previous = destinationPath + "/" + path
        // A symbolic link (or anything but a regular file) in place of the page was not written by docloc.
        guard let (stamp, identity) = FileStamp.identified(path: previous, followingLinks: false) else { return false }
        if let byteCount, stamp.size == byteCount, stamp.modified < trustedBefore, place(previous, at: path, identity: identity) {
            keptFiles.add()
            return true
        }
        return reuse(path, digest: digest)
    }

    /// Copies a file (an image of the content tree) into the site, into a folder `createFolders` made — links the
    /// published copy instead when it holds the same bytes (`linkUnchanged`); returns the stamps of the original
    /// and the copy, when both can be read, and whether the published copy was linked.
    @discardableResult
    public func copy(fromPath source: String, to path: String) throws -> (stamps: BuildCache.CopiedFile?, linked: Bool) {
        let file = stagingPath(path)
        let linked = linkUnchanged(path, copyOf: source)
        do {
            if !linked { try FileCopier.copy(fromPath: source, toPath: file) }
        } catch {
            throw DocLocError.outputNotWritable(path: destinationPath + "/" + path, reason: Self.reason(error))
        }
        // The copy takes the original's modification time (as `cp -p` does), so the same content makes the same cache.
        guard let original = FileStamp.of(path: source), original.setModificationTime(of: file),
            let copy = FileStamp.of(path: file)
        else { return (nil, linked) }
        return (BuildCache.CopiedFile(source: original, copy: copy), linked)
    }

    /// Links the previous site's copy of `source` into the new site (into a folder `createFolders` made) when
    /// neither the original nor the copy changed (size, modification time) since `recorded`; false when it cannot.
    public func reuseCopy(ofPath source: String, at path: String, recorded: BuildCache.CopiedFile) -> Bool {
        let previous = destinationPath + "/" + path
        guard FileStamp.of(path: source) == recorded.source,
            let (copy, identity) = FileStamp.identified(path: previous, followingLinks: false), copy == recorded.copy
        else {
            return false
        }
        guard place(previous, at: path, identity: identity) else { return false }
        keptFiles.add()
        return true
    }

    /// Writes the manifest of `written`, carries the user's files over, and swaps the new site into place (with
    /// what the build wrote into the staging folder besides: the build cache and the search entries).
    public func commit(written: [String]) throws {
        try commit(written: written, scan: scanDestination)
    }

    /// `commit(written:)`, with the destination looked at by `scan` — which a build starts beside its site-wide files
    /// (`scanDestination`: walking the real corpus's site and reading its manifest took 2.2 ms, at the very end).
    func commit(written: [String], scan: () -> DestinationScan?) throws {
        let writtenPaths = Set(written)
        if let recycled { removeUnwritten(recycled, written: writtenPaths) }
        try writeManifest(written.sorted())
        let fm = FileManager.default
        guard let scanned = scan() else {
            try move(staging, to: destination)
            return
        }
        let entries = scanned.entries
        try carryOverForeignFiles(written: writtenPaths, foreign: scanned.foreign)
        // The new site and the previous one change places in one step, so `--out` always holds a whole site; where
        // the file system cannot exchange two folders, the previous site moves aside and the new one takes its
        // place (two renames in one folder). What is set aside holds docloc's old files and the user's files, which
        // now also stand (linked or copied) in the new site, so removing it loses nothing of the user's.
        var old = staging
        if !DirectoryExchange.exchange(staging.path, destination.path) {
            old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + "-old")
            try move(destination, to: old)
            do {
                try move(staging, to: destination)
            } catch {
                try? fm.moveItem(at: old, to: destination)
                throw error
            }
        }
        // Kept as the next incremental build's spare, unless a spare is there already (another build's).
        let spare = Self.spare(of: destination)
        if keepsSpare, rename(old.path, spare.path) == 0 { return }
        TreeRemoval.remove(old.path, entries: entries)
        // A full build leaves no spare: it would only take room.
        if !keepsSpare, fm.fileExists(atPath: spare.path) { TreeRemoval.remove(spare.path) }
    }

    /// Removes the recycled spare's files that this build did not write, and the folders they leave empty.
    private func removeUnwritten(_ recycled: PackedPathMap, written: Set<String>) {
        recycled.forEach { path, _ in
            guard !written.contains(path), unlink(stagingPath(path)) == 0 else { return }
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                if rmdir(stagingPath(String(folder))) != 0 { break }
            }
        }
    }

    /// Where `path` (site-relative) is written before the site is swapped into place.
    func stagingPath(_ path: String) -> String { stagingFolderPath + "/" + path }

    /// The list of the files a build wrote, a line each, written as it is read: joined into one string (and copied
    /// twice more on the way to disk) it was the largest thing at the end of a large build (6 MB at 50k pairs).
    private func writeManifest(_ sorted: [String]) throws {
        let path = stagingPath(Self.manifestName)
        do throws(FileWriter.Failure) {
            let stream = try StreamWriter(path: path)
            try stream.append(utf8Of: "# files written by docloc build\n")
            for file in sorted {
                try stream.append(utf8Of: file)
                try stream.append(utf8Of: "\n")
            }
            if sorted.isEmpty { try stream.append(utf8Of: "\n") }
            try stream.close()
        } catch {
            throw DocLocError.outputNotWritable(
                path: destination.appendingPathComponent(Self.manifestName).path, reason: error.description)
        }
    }

    /// Removes the staging folder after a failed build; the destination is untouched.
    public func discard() {
        TreeRemoval.remove(staging.path)
    }

    private func move(_ from: URL, to: URL) throws {
        do {
            try FileManager.default.moveItem(at: from, to: to)
        } catch {
            throw DocLocError.outputNotWritable(path: destination.path, reason: Self.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        if let failure = error as? FileWriter.Failure { return failure.description }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let posix = POSIXErrorCode(rawValue: Int32(underlying.code)), underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(posix.rawValue))
        }
        return nsError.localizedDescription
    }
}
