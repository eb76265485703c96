import Crypto
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The search-index entries of a build, kept on disk as the pages are rendered (batch by batch, in no
/// particular order) and written out at the end as each locale's `search-index.json` and `search-index.js`, in
/// page order, without ever holding every entry in memory. The bytes equal `SearchIndex(entries:).json()`
/// and `.script()` of the same entries. The spool stays in the site as `BuildCache.searchFileName`: the next
/// incremental build takes a reused page's entry from it (`SearchEntryFile`) by the range its cache recorded.
final class SearchIndexSpool {
    private let path: String
    private let writer: StreamWriter
    private var length = 0
    /// By page index: where its entry's JSON stands in the spool (empty: no entry; an entry never is). A list, not
    /// a dictionary: a build holds it to its end, a range per page (100,000 at 50k pairs).
    private var ranges: [Range<Int>]
    /// The spool read whole (a small one: `EntryReader`), once for every key and index taken from it; read again per
    /// call, it was read four times for two locales.
    private var wholeSpool: [UInt8]?

    /// `pages`: how many pages the build has (the list grows should a larger index come).
    init(path: String, pages: Int = 0) throws(FileWriter.Failure) {
        self.path = path
        writer = try StreamWriter(path: path)
        ranges = Array(repeating: 0..<0, count: pages)
    }

    /// Adds a page's entry; returns where it stands in the spool.
    @discardableResult
    func append(page: Int, json: [UInt8]) throws(FileWriter.Failure) -> Range<Int> {
        try writer.append(json)
        let range = length..<(length + json.count)
        if page >= ranges.count { ranges += repeatElement(0..<0, count: page - ranges.count + 1) }
        ranges[page] = range
        length += json.count
        return range
    }

    /// The key of the index of `pages` (page indexes, in order): a SHA-256 over `context` (the site key: the docloc
    /// executable among it) and their entries, so an equal key means equal index files. A build takes the previous
    /// build's files when the key is theirs: an edit seldom changes an entry (its title, headings or first 1,500
    /// characters), and writing both locales' two files again was the last site-wide step to finish.
    func indexKey(of pages: [Int], context: String, wholeLimit: Int = SearchEntryFile.wholeLimit) throws(FileWriter.Failure) -> String {
        try writer.close()
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriter.Failure(code: errno) }
        defer { _ = closeFile(fd) }
        let reader = try entries(in: fd, wholeLimit: wholeLimit)
        var hasher = StableHasher()
        hasher.add("search index 1")
        hasher.add(context)
        hasher.add(pages.count)
        for page in pages {
            guard ranges.indices.contains(page), !ranges[page].isEmpty else {
                hasher.add("-")
                continue
            }
            hasher.add(bytes: try reader.read(ranges[page]))
        }
        return hasher.finalize()
    }

    /// What `writeIndex` wrote to a file: its size and SHA-256 (hex), for the cache (the next build takes the file
    /// when it is still of that size and older than the cache, else when it still has that SHA-256).
    struct Written: Sendable {
        var byteCount: Int
        var digest: String
    }

    /// Writes the JSON and the script index of `pages` (page indexes, in order) to the two paths.
    func writeIndex(
        of pages: [Int], json jsonPath: String, script scriptPath: String, wholeLimit: Int = SearchEntryFile.wholeLimit
    ) throws(FileWriter.Failure) -> (json: Written, script: Written) {
        try writer.close()
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriter.Failure(code: errno) }
        defer { _ = closeFile(fd) }
        let reader = try entries(in: fd, wholeLimit: wholeLimit)
        let json = try StreamWriter(path: jsonPath)
        let script = try StreamWriter(path: scriptPath)
        var (jsonHash, scriptHash) = (SHA256(), SHA256())
        func both(_ bytes: [UInt8]) throws(FileWriter.Failure) {
            try json.append(bytes)
            jsonHash.update(data: bytes)
            let safe = SearchIndex.scriptSafe(bytes)
            try script.append(safe)
            scriptHash.update(data: safe)
        }
        scriptHash.update(data: SearchIndex.scriptPrefix)
        try script.append(SearchIndex.scriptPrefix)
        try both([UInt8(ascii: "[")])
        for (number, page) in pages.enumerated() {
            guard ranges.indices.contains(page), !ranges[page].isEmpty else { continue }
            let range = ranges[page]
            if number > 0 { try both([UInt8(ascii: ",")]) }
            try both(try reader.read(range))
        }
        try both([UInt8(ascii: "]")])
        try script.append(SearchIndex.scriptSuffix)
        scriptHash.update(data: SearchIndex.scriptSuffix)
        let written = (
            json: Written(byteCount: json.byteCount, digest: StableHasher.hex(jsonHash.finalize())),
            script: Written(byteCount: script.byteCount, digest: StableHasher.hex(scriptHash.finalize()))
        )
        try json.close()
        try script.close()
        return written
    }

    /// The entries of the open spool: a spool of up to `wholeLimit` bytes read whole, once, and each entry taken
    /// from that (one `pread` per page, for the key and again for the files, was 564 system calls each of an
    /// incremental build of the real corpus); a larger one an entry at a time, so memory does not grow with the site.
    private struct EntryReader {
        let fd: Int32
        let whole: [UInt8]?

        func read(_ range: Range<Int>) throws(FileWriter.Failure) -> [UInt8] {
            if let whole, range.upperBound <= whole.count { return Array(whole[range]) }
            return try FileRangeReader.read(range, from: fd)
        }
    }

    /// The entries of the spool open as `fd` (closed for writing).
    private func entries(in fd: Int32, wholeLimit: Int) throws(FileWriter.Failure) -> EntryReader {
        guard length <= wholeLimit else { return EntryReader(fd: fd, whole: nil) }
        if wholeSpool?.count != length { wholeSpool = try FileRangeReader.read(0..<length, from: fd) }
        return EntryReader(fd: fd, whole: wholeSpool)
    }

    /// How many bytes the spool holds.
    var byteCount: Int { length }

    /// Writes what is buffered and closes the spool.
    func close() throws(FileWriter.Failure) {
        try writer.close()
    }

    private func closeFile(_ fd: Int32) -> Int32 {
        #if canImport(Glibc)
            Glibc.close(fd)
        #else
            Darwin.close(fd)
        #endif
    }
}
