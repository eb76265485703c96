import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The previous build's search entries (`BuildCache.searchFileName`), read by byte range from any thread: an
/// incremental build takes a reused page's entry from here instead of parsing its article again.
final class SearchEntryFile: @unchecked Sendable {
    private let fd: Int32

    /// The file at `path`; nil when there is none, or it is not `size` bytes long (not the file the cache
    /// describes).
    init?(path: String, size: Int) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) == size else {
            #if canImport(Glibc)
                _ = Glibc.close(fd)
            #else
                _ = Darwin.close(fd)
            #endif
            return nil
        }
    }

    deinit {
        #if canImport(Glibc)
            _ = Glibc.close(fd)
        #else
            _ = Darwin.close(fd)
        #endif
    }

    /// The bytes of one entry; nil when the file is shorter than the range.
    func entry(_ range: Range<Int>) -> [UInt8]? {
        try? FileRangeReader.read(range, from: fd)
    }
}
