import Crypto

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SHA-256 of a file's bytes, read a chunk at a time. Checking that a file of the previous site is still as
/// written (`OutputFolder.reuse`) read the whole file to hash it: at 50k pairs the 42 MB sitemap, the locale indexes
/// and the dashboard were held whole at the end of an incremental build, where they made its peak.
enum FileDigest {
    static let chunkSize = 1 << 20

    /// The digest in lowercase hex, as `StableHasher.digest` spells it; nil when the file cannot be read or is not a
    /// regular file.
    static func sha256(ofFile path: String, chunkSize: Int = FileDigest.chunkSize) -> String? {
        // Non-blocking: a FIFO put in place of a page cannot hold the build.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: max(1, min(Int(info.st_size), chunkSize)))
        while true {
            let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            buffer.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[..<got])) }
        }
        return StableHasher.hex(hasher.finalize())
    }
}
