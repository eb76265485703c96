#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whether an open file holds given bytes, or the same bytes as another open file: read a chunk at a time from
/// the start (`pread`) and compared as read, so a large file is never held whole. The caller compares the sizes
/// first; a file that turns out shorter or longer than that size does not match.
enum FileComparison {
    private static let chunk = 1 << 16

    /// Whether the file `fd` holds exactly `bytes`.
    static func file(_ fd: Int32, holds bytes: UnsafeRawBufferPointer) -> Bool {
        var buffer = [UInt8](repeating: 0, count: min(max(bytes.count, 1), chunk) + 1)
        var offset = 0
        while true {
            // One byte more than is left to compare, so a file that grew since its size was read is caught.
            let wanted = min(bytes.count - offset, chunk) + 1
            guard let got = read(fd, into: &buffer, count: wanted, at: offset) else { return false }
            if got == 0 { return offset == bytes.count }
            guard offset + got <= bytes.count else { return false }
            let same = buffer.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + offset, got) == 0 }
            guard same else { return false }
            offset += got
            // Short of what was asked: the file ended.
            if got < wanted { return offset == bytes.count }
        }
    }

    /// Whether the files `a` and `b` hold the same bytes.
    static func files(_ a: Int32, _ b: Int32) -> Bool {
        var left = [UInt8](repeating: 0, count: chunk)
        var right = [UInt8](repeating: 0, count: chunk)
        var offset = 0
        while true {
            guard let got = read(a, into: &left, count: chunk, at: offset) else { return false }
            // The second file must give the same count: `pread` of a regular file is short only at its end.
            guard let other = read(b, into: &right, count: got == 0 ? 1 : got, at: offset) else { return false }
            if got == 0 { return other == 0 }
            guard other == got, memcmp(left, right, got) == 0 else { return false }
            offset += got
        }
    }

    /// Reads up to `count` bytes at `offset` until that many are read or the file ends; nil on an error.
    private static func read(_ fd: Int32, into buffer: inout [UInt8], count: Int, at offset: Int) -> Int? {
        var done = 0
        while done < count {
            let n = buffer.withUnsafeMutableBytes { raw in pread(fd, raw.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            done += n
        }
        return done
    }
}
