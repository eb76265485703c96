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
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(code: errno) }
        var failure: Int32 = 0
        do { try writeAll(bytes, to: fd) } catch { failure = error.code }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw Failure(code: failure) }
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
