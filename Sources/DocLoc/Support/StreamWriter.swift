#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file piece by piece through a buffer, for outputs that grow with the content set (the search
/// indexes), so they are never held whole in memory. A file already there is written over and cut to length at
/// `close` (`FileWriter.openToOverwrite`).
final class StreamWriter {
    private let fd: Int32
    /// How long the file was (a file written over in place: `FileWriter.openToOverwrite`), and how much is written.
    private let previousLength: Int
    private var written = 0
    private var buffer: [UInt8] = []
    private var isClosed = false
    private static let bufferSize = 1 << 16

    /// `emptying`: a file there is emptied first rather than written over (for a file that must never read as
    /// whole when its writer stops half way, like the build cache).
    init(path: String, emptying: Bool = false) throws(FileWriter.Failure) {
        (fd, previousLength) = emptying ? (FileWriter.create(path), 0) : FileWriter.openToOverwrite(path)
        guard fd >= 0 else { throw FileWriter.Failure(code: errno) }
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// A piece larger than the buffer, in contiguous memory (an array, a slice of one), goes to the file directly as
    /// `append(_: UnsafeRawBufferPointer)` does: copied, it grew the buffer to its size for good (the build cache's
    /// 6 MB row-index line at 50k pairs).
    func append(_ bytes: some Collection<UInt8>) throws(FileWriter.Failure) {
        var failure: FileWriter.Failure?
        let direct = bytes.withContiguousStorageIfAvailable { piece -> Bool in
            guard piece.count >= Self.bufferSize else { return false }
            do throws(FileWriter.Failure) { try append(UnsafeRawBufferPointer(piece)) } catch { failure = error }
            return true
        }
        if let failure { throw failure }
        if direct == true { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { try flush() }
    }

    /// How much the buffer holds room for (it stays about `bufferSize`).
    var bufferCapacity: Int { buffer.capacity }

    /// Bytes in memory: a piece larger than the buffer goes to the file directly instead of through a copy.
    func append(_ bytes: UnsafeRawBufferPointer) throws(FileWriter.Failure) {
        guard bytes.count >= Self.bufferSize else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= Self.bufferSize { try flush() }
            return
        }
        try flush()
        try FileWriter.writeAll(bytes, to: fd)
        written += bytes.count
    }

    /// How many bytes were appended so far.
    var byteCount: Int { written + buffer.count }

    /// A string's UTF-8 bytes, from the string's own storage.
    func append(utf8Of text: String) throws(FileWriter.Failure) {
        var text = text
        var failure: FileWriter.Failure?
        text.withUTF8 { bytes in
            do throws(FileWriter.Failure) { try append(UnsafeRawBufferPointer(bytes)) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes what is buffered and closes the file (once; later calls do nothing). The file is closed even when
    /// the last write fails (a full disk must not leak a descriptor per page); that failure is thrown.
    func close() throws(FileWriter.Failure) {
        guard !isClosed else { return }
        isClosed = true
        var failure: FileWriter.Failure?
        do {
            try flush()
            try FileWriter.cut(fd, to: written, previousLength: previousLength)
        } catch {
            failure = error
        }
        #if canImport(Glibc)
            let closed = Glibc.close(fd)
        #else
            let closed = Darwin.close(fd)
        #endif
        if let failure { throw failure }
        if closed != 0 { throw FileWriter.Failure(code: errno) }
    }

    private func flush() throws(FileWriter.Failure) {
        try FileWriter.writeAll(buffer, to: fd)
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
