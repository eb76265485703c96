#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file the new site would write with the very bytes the published site holds there is linked from the published
/// site instead: the same site, with no new file. On ext4 without a journal (this machine's), every new inode
/// scans past the inodes deleted in the last minute or so, and a full build that writes every file anew and then
/// removes the site it replaced leaves a site's worth of them for the next build: back-to-back full builds of the
/// real corpus grew from 0.27 s to 0.6-0.8 s wall, two thirds of it in the kernel (`find_inode_bit`,
/// `recently_deleted`), and never shrank back while builds kept coming. Linked, an unchanged file costs a read
/// and a `link`, frees no inode when the old site goes, and keeps its modification time — so `rsync` and other
/// deploy steps see only what changed.
///
/// Only a regular file of this user with the permissions docloc gives its files is linked, so a file changed by
/// hand (its bytes, its mode, its owner) is replaced as before; a file the user keeps there is theirs either way
/// (`commit` stops before replacing it).
extension OutputFolder {
    /// Links the published file at `path` into the new site when it holds exactly `bytes`; false when it was not
    /// (the caller writes the file).
    func linkUnchanged(_ path: String, holding bytes: UnsafeRawBufferPointer) -> Bool {
        guard let (fd, info) = openPublished(path, size: bytes.count) else { return false }
        defer { close(fd) }
        guard info.st_mode & 0o7777 == 0o644, FileComparison.file(fd, holds: bytes) else { return false }
        return linkPublished(path, identity: FileIdentity(info))
    }

    /// Links the published copy at `path` into the new site when it holds the same bytes as `source` and has its
    /// permissions (a copy takes the original's); false when it was not.
    func linkUnchanged(_ path: String, copyOf source: String) -> Bool {
        // The published copy first: in a build into an empty folder there is none, and the original is not opened
        // twice (here and by `FileCopier`).
        guard let (fd, info) = openPublished(path, size: nil) else { return false }
        defer { close(fd) }
        let input = open(source, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard input >= 0 else { return false }
        defer { close(input) }
        var original = stat()
        guard fstat(input, &original) == 0, original.st_mode & S_IFMT == S_IFREG, original.st_size == info.st_size,
            info.st_mode & 0o7777 == original.st_mode & 0o7777, FileComparison.files(fd, input)
        else { return false }
        return linkPublished(path, identity: FileIdentity(info))
    }

    /// After the fact, for a file written into the staging folder as a stream (an index page, the dashboard, a
    /// search index, the sitemap: made a piece at a time, so not compared before): when it came out with the
    /// published file's bytes and permissions, the published file takes its place. True when the new site has the
    /// published file there.
    func keepPublished(_ path: String) -> Bool {
        let staged = stagingPath(path)
        let written = open(staged, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard written >= 0 else { return false }
        defer { close(written) }
        var info = stat()
        guard fstat(written, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let (fd, published) = openPublished(path, size: Int(info.st_size))
        else { return false }
        defer { close(fd) }
        let identity = FileIdentity(published)
        if FileIdentity(info) == identity { return true }
        guard published.st_mode & 0o7777 == info.st_mode & 0o7777, FileComparison.files(fd, written) else { return false }
        // Linked beside it and renamed over it: the new site never lacks the file, whatever happens in between.
        let beside = staged + ".docloc-kept"
        unlink(beside)
        guard link(destinationPath + "/" + path, beside) == 0 else { return false }
        var linked = stat()
        guard lstat(beside, &linked) == 0, FileIdentity(linked) == identity, rename(beside, staged) == 0 else {
            unlink(beside)
            return false
        }
        keptFiles.add()
        return true
    }

    /// The published file at `path`, opened for reading, when it is a regular file of this user (of `size` bytes,
    /// when given).
    private func openPublished(_ path: String, size: Int?) -> (Int32, stat)? {
        // Not following a symbolic link, and non-blocking, so a FIFO there never waits.
        let fd = open(destinationPath + "/" + path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, size.map({ $0 == Int(info.st_size) }) ?? true,
            info.st_uid == geteuid()
        else {
            close(fd)
            return nil
        }
        return (fd, info)
    }

    /// Links the published file at `path` — the file `identity`, compared already — into the new site. What was
    /// linked is checked to be that file: one put in its place since is not linked without being compared.
    private func linkPublished(_ path: String, identity: FileIdentity) -> Bool {
        let previous = destinationPath + "/" + path
        var placed = place(previous, at: path, identity: identity)
        // ENOENT: a folder `createFolders` was not told about (the theme's assets), made as `write` would make it.
        if !placed, errno == ENOENT, (try? createFolders(for: [path])) != nil { placed = place(previous, at: path, identity: identity) }
        guard placed else { return false }
        var linked = stat()
        if lstat(stagingPath(path), &linked) == 0, FileIdentity(linked) == identity {
            keptFiles.add()
            return true
        }
        unlink(stagingPath(path))
        return false
    }
}
