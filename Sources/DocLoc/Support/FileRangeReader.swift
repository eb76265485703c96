import Foundation

/// A regular file read a range at a time (`pread`), for copying parts of an earlier output: nil when the path cannot
/// be opened as a regular file (opened non-blocking, so a FIFO in its place never waits). `pread` shares the
/// descriptor between threads.
final class FileRangeReader: Sendable {
    private let descriptor: Int32
    /// The file's size when it was opened.
    let size: Int

    convenience init?(path: String) {
        self.init(owning: open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC))
    }

    /// The open regular file `fd`, through a descriptor of its own (nil when it cannot be duplicated).
    convenience init?(duplicating fd: Int32) {
        self.init(owning: fcntl(fd, F_DUPFD_CLOEXEC, 0))
    }

    /// Takes `descriptor` (closed here if it is not a regular file's); nil for a failed open (-1).
    private init?(owning descriptor: Int32) {
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return nil
        }
        size = Int(info.st_size)
    }

    deinit { close(descriptor) }

    /// The bytes of `range`; nil when the file does not have them all.
    func read(_ range: Range<Int>) -> [UInt8]? {
        try? Self.read(range, from: descriptor)
    }

    /// `range` of the open file `fd`, read whole (`pread`, so threads can share the descriptor).
    static func read(_ range: Range<Int>, from fd: Int32) throws(FileWriter.Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let n = bytes.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw FileWriter.Failure(code: n < 0 ? errno : EIO) }
            done += n
        }
        return bytes
    }
}
