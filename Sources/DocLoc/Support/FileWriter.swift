#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a whole file with `open`/`write`/`close`. Foundation's `Data.write(to:)` also calls `fsync` for every
/// file, which cost more than rendering a page; the site is made durable where it matters — it is built in a
/// staging folder and published by renames.
enum FileWriter {
    /// The `errno` text of a failed write.
    struct Failure: Error, CustomStringConvertible {
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    static func save(_ bytes: [UInt8], toPath path: String) throws(Failure) {
        let (fd, previousLength) = openToOverwrite(path)
        guard fd >= 0 else { throw Failure(code: errno) }
        var failure: Int32 = 0
        do {
            try writeAll(bytes, to: fd)
            try cut(fd, to: bytes.count, previousLength: previousLength)
        } catch {
            failure = error.code
        }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw Failure(code: failure) }
    }

    /// `create`, except that a file written in place (`reusable`) is not emptied first: its bytes are written over
    /// from the start, so its blocks are used again instead of freed and allocated anew (on this machine's ext4,
    /// mounted with `discard`, emptying a 300 KB search index waited 0.3 ms for the disk; an incremental build
    /// rewrote nine such files). The writer then cuts the file to what it wrote (`cut`). `previousLength`: how
    /// long the file was (0 for a new one).
    static func openToOverwrite(_ path: String, permissions: mode_t = 0o644) -> (fd: Int32, previousLength: Int) {
        create(path, permissions: permissions, emptying: false)
    }

    /// Cuts a file opened by `openToOverwrite` to the `length` bytes written, when it was longer.
    static func cut(_ fd: Int32, to length: Int, previousLength: Int) throws(Failure) {
        guard previousLength > length else { return }
        if ftruncate(fd, off_t(length)) != 0 { throw Failure(code: errno) }
    }

    /// Opens a new, empty file at `path` for writing (-1 and `errno` when it cannot). A regular file or symbolic
    /// link already there is unlinked and replaced, never written through: in a recycled staging folder
    /// (`OutputFolder`) it may be a hard link to a page of the published site. A regular file that no other name
    /// links, with the very permissions asked for, is emptied and written in place instead (`reusable`). A folder
    /// there is EISDIR; a device or FIFO is opened as it is (never unlinked).
    static func create(_ path: String, permissions: mode_t = 0o644) -> Int32 {
        create(path, permissions: permissions, emptying: true).fd
    }

    private static func create(_ path: String, permissions: mode_t, emptying: Bool) -> (fd: Int32, previousLength: Int) {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        let fd = open(path, flags, permissions)
        guard fd < 0, errno == EEXIST else { return (fd, 0) }
        var info = stat()
        guard lstat(path, &info) == 0 else { return (-1, 0) }
        if let reused = reusable(path, info, permissions: permissions, emptying: emptying) { return reused }
        switch info.st_mode & S_IFMT {
        case S_IFREG, S_IFLNK:
            guard unlink(path) == 0 else { return (-1, 0) }
            return (open(path, flags, permissions), 0)
        case S_IFDIR:
            errno = EISDIR
            return (-1, 0)
        default:
            return (open(path, O_WRONLY | O_CLOEXEC), 0)
        }
    }

    /// The file at `path` opened for writing and emptied, when it is the regular file `info` describes, only this
    /// name links it and it has `permissions`: then nothing else sees it change. Writing it in place spares the
    /// file system a new inode — on ext4 without a journal, each new file scans past the inodes recently deleted,
    /// and an incremental build replaces a dozen files in its recycled staging folder (3-4 ms of kernel time on
    /// the real corpus). Anything else (a hard link, a symbolic link or another file swapped in since `lstat`)
    /// gives `nil`, and the caller replaces the file.
    private static func reusable(_ path: String, _ info: stat, permissions: mode_t, emptying: Bool) -> (fd: Int32, previousLength: Int)? {
        guard info.st_mode & S_IFMT == S_IFREG, info.st_nlink == 1, info.st_mode & 0o7777 == permissions else {
            return nil
        }
        let fd = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var opened = stat()
        if fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG, opened.st_nlink == 1,
            opened.st_ino == info.st_ino, opened.st_dev == info.st_dev, !emptying || ftruncate(fd, 0) == 0
        {
            return (fd, emptying ? 0 : Int(opened.st_size))
        }
        close(fd)
        return nil
    }

    /// Writes all of `bytes` to an open file, retrying after interrupts and short writes.
    static func writeAll(_ bytes: [UInt8], to fd: Int32) throws(Failure) {
        var failure: Failure?
        bytes.withUnsafeBytes { raw in
            do throws(Failure) { try writeAll(raw, to: fd) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes all of `raw` to an open file, retrying after interrupts and short writes.
    static func writeAll(_ raw: UnsafeRawBufferPointer, to fd: Int32) throws(Failure) {
        var offset = 0
        while offset < raw.count {
            let written = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            offset += written
        }
    }
}
