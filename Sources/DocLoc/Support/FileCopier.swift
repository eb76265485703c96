#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies a file with `open`/`read`/`write`. `FileManager.copyItem` costs several times more per file (two
/// stats, extended attributes listed, a `sendfile` per 4 KB); a site copies every image of its content tree.
enum FileCopier {
    fileprivate static let chunk = 1 << 20

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
        // In the kernel where it can (`copy_file_range`, Linux): no buffer to fill and copy out again. A source it
        // cannot copy from (a FIFO, another file system on an old kernel) is read and written instead, from where
        // the kernel's copy left both files.
        var failure = copyInKernel(from: input, to: output) ?? copyByReading(from: input, to: output, size: Int(info.st_size))
        if failure == 0, fchmod(output, info.st_mode & 0o7777) != 0 { failure = errno }
        if close(output) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(target)
            throw FileWriter.Failure(code: failure)
        }
    }
}

extension FileCopier {
    /// Copies the rest of `input` into `output` with `copy_file_range`: 0 when done, an `errno` when it failed, nil
    /// when the kernel cannot copy between these two files (the rest is then to be read and written).
    static func copyInKernel(from input: Int32, to output: Int32) -> Int32? {
        guard kernelCopies else { return nil }
        while true {
            let copied = kernelCopy(from: input, to: output, count: chunk)
            if copied > 0 { continue }
            if copied == 0 { return 0 }
            switch errno {
            case EINTR: continue
            case EINVAL, EXDEV, ENOSYS, EOPNOTSUPP, EBADF, EPERM: return nil
            default: return errno
            }
        }
    }

    /// Copies the rest of `input` into `output` through a buffer: 0 when done, else the `errno` of the failure.
    static func copyByReading(from input: Int32, to output: Int32, size: Int) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: min(max(size, 1), chunk))
        while true {
            let got = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno != EINTR { return errno }
                continue
            }
            if got == 0 { return 0 }
            var failure: Int32 = 0
            buffer.withUnsafeBytes { raw in
                do throws(FileWriter.Failure) {
                    try FileWriter.writeAll(UnsafeRawBufferPointer(rebasing: raw[..<got]), to: output)
                } catch {
                    failure = error.code
                }
            }
            if failure != 0 { return failure }
        }
    }
}

#if os(Linux)
    /// Whether `copy_file_range` is tried first.
    private let kernelCopies = true

    /// glibc's `copy_file_range(2)` (in `<unistd.h>` under `_GNU_SOURCE`, which the Glibc module does not export),
    /// copying from and advancing both files' offsets: the bytes copied, 0 at the end, -1 with `errno` set.
    @_silgen_name("copy_file_range")
    private func glibcCopyFileRange(
        _ input: Int32, _ inputOffset: UnsafeMutablePointer<Int64>?, _ output: Int32, _ outputOffset: UnsafeMutablePointer<Int64>?,
        _ count: Int, _ flags: UInt32
    ) -> Int

    private func kernelCopy(from input: Int32, to output: Int32, count: Int) -> Int {
        glibcCopyFileRange(input, nil, output, nil, count, 0)
    }
#else
    private let kernelCopies = false

    private func kernelCopy(from input: Int32, to output: Int32, count: Int) -> Int { -1 }
#endif
