#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with `open`/`fstat`/`read`, straight into bytes. Foundation's way costs far more per file:
/// `attributesOfItem` (for the size) stats twice, lists extended attributes and looks up the owner's and group's
/// names in `/etc/passwd` and `/etc/group`; `contents(atPath:)` reads into `Data`, which is then copied.
enum FileReader {
    enum Outcome: Equatable {
        case bytes([UInt8])
        /// Larger than the limit (the size `fstat` gives): not read.
        case tooLarge(Int)
        /// Cannot be opened or read, or not a regular file (missing, a folder, a FIFO, no permission).
        case unreadable
    }

    /// The file at `path` (a symbolic link followed), unless it is larger than `limit` bytes.
    static func contents(ofPath path: String, limit: Int = .max) -> Outcome {
        // Non-blocking, so that a FIFO (or a link to one) cannot hold the build: it is not a regular file.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .unreadable }
        return contents(of: fd, size: Int(info.st_size), limit: limit)
    }

    /// The rest of the regular file open as `fd`, whose size `fstat` gave as `size`, unless it is larger than
    /// `limit` bytes (a caller that has the file open already need not open it again).
    static func contents(of fd: Int32, size: Int, limit: Int = .max) -> Outcome {
        if size > limit { return .tooLarge(size) }
        // The size is a hint: a file that grows or shrinks while it is read is read to its end.
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            if got == 0 { break }
            count += got
            if count > limit { return .tooLarge(count) }
        }
        bytes.removeLast(bytes.count - count)
        return .bytes(bytes)
    }
}
