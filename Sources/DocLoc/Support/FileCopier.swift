#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies a file with `open`/`read`/`write`. `FileManager.copyItem` costs several times more per file (two
/// stats, extended attributes listed, a `sendfile` per 4 KB); a site copies every image of its content tree.
enum FileCopier {
    private static let chunk = 1 << 20

    /// Copies the file at `source` to a new file at `target` (one there already is replaced), with the source's
    /// permission bits, as `FileManager.copyItem` does. A copy that fails part way is removed.
    static func copy(fromPath source: String, toPath target: String) throws(FileWriter.Failure) {
        // Non-blocking: a FIFO in the content tree cannot hold the build (it reads as empty).
        let input = open(source, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard input >= 0 else { throw FileWriter.Failure(code: errno) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw FileWriter.Failure(code: errno) }
        let output = FileWriter.create(target, permissions: 0o600)
        guard output >= 0 else { throw FileWriter.Failure(code: errno) }
        var failure: Int32 = 0
        var buffer = [UInt8](repeating: 0, count: min(max(Int(info.st_size), 1), chunk))
        while failure == 0 {
            let got = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno != EINTR { failure = errno }
                continue
            }
            if got == 0 { break }
            buffer.withUnsafeBytes { raw in
                do throws(FileWriter.Failure) {
                    try FileWriter.writeAll(UnsafeRawBufferPointer(rebasing: raw[..<got]), to: output)
                } catch {
                    failure = error.code
                }
            }
        }
        if failure == 0, fchmod(output, info.st_mode & 0o7777) != 0 { failure = errno }
        if close(output) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(target)
            throw FileWriter.Failure(code: failure)
        }
    }
}
