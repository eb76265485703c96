/// A file of search entries read by byte range from any thread: the previous build's (`BuildCache.searchFileName`),
/// from which an incremental build takes a reused page's entry instead of parsing its article again, and this
/// build's spool once written (`SearchIndexSpool`), from which the indexes are made.
///
/// A file of up to `wholeLimit` bytes is read whole when opened, and each entry copied from it: one `pread` per
/// reused page was 561 system calls of an incremental build of the real corpus (667 KB). A larger one (a big
/// site's: 125 MB at 50k pairs) is read an entry at a time, so the build's memory does not grow with it.
final class SearchEntryFile: Sendable {
    private let file: FileRangeReader
    private let whole: [UInt8]?

    /// Files up to this size are held whole.
    static let wholeLimit = 4 * 1024 * 1024

    /// The file at `path`; nil when there is none, it is not a regular file, or it is not `size` bytes long (not
    /// the file the cache describes).
    init?(path: String, size: Int, wholeLimit: Int = SearchEntryFile.wholeLimit) {
        guard let file = FileRangeReader(path: path), file.size == size else { return nil }
        self.file = file
        whole = size <= wholeLimit ? file.read(0..<size) : nil
    }

    /// The bytes of one entry; nil when the file is shorter than the range.
    func entry(_ range: Range<Int>) -> [UInt8]? {
        guard let whole else { return file.read(range) }
        guard range.lowerBound >= 0, range.upperBound <= whole.count else { return nil }
        return Array(whole[range])
    }
}
