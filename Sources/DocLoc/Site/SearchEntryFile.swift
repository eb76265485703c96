/// The previous build's search entries (`BuildCache.searchFileName`), read by byte range from any thread: an
/// incremental build takes a reused page's entry from here instead of parsing its article again.
final class SearchEntryFile: Sendable {
    private let file: FileRangeReader

    /// The file at `path`; nil when there is none, it is not a regular file, or it is not `size` bytes long (not
    /// the file the cache describes).
    init?(path: String, size: Int) {
        guard let file = FileRangeReader(path: path), file.size == size else { return nil }
        self.file = file
    }

    /// The bytes of one entry; nil when the file is shorter than the range.
    func entry(_ range: Range<Int>) -> [UInt8]? { file.read(range) }
}
