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
    /// Up to this size, the spool is read whole once written (`SearchEntryFile`).
    private let wholeLimit: Int
    /// The spool once written, opened for reading: every key and index is taken from it. A small one is read whole,
    /// once (one `pread` per page was 564 system calls for the keys of an incremental build of the real corpus, and as
    /// many again for the files when written); a larger one an entry at a time, so memory does not grow with the site.
    private var written: SearchEntryFile?

    /// `pages`: how many pages the build has (the list grows should a larger index come).
    init(path: String, pages: Int = 0, wholeLimit: Int = SearchEntryFile.wholeLimit) throws(FileWriter.Failure) {
        self.path = path
        self.wholeLimit = wholeLimit
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
    func indexKey(of pages: [Int], context: String) throws(FileWriter.Failure) -> String {
        let entries = try writtenEntries()
        var hasher = StableHasher()
        hasher.add("search index 1")
        hasher.add(context)
        hasher.add(pages.count)
        for page in pages {
            guard ranges.indices.contains(page), !ranges[page].isEmpty else {
                hasher.add("-")
                continue
            }
            hasher.add(bytes: try Self.entry(ranges[page], of: entries))
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
    func writeIndex(of pages: [Int], json jsonPath: String, script scriptPath: String) throws(FileWriter.Failure) -> (json: Written, script: Written) {
        let entries = try writtenEntries()
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
            try both(try Self.entry(range, of: entries))
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

    /// The spool, closed for writing and opened for reading (once).
    private func writtenEntries() throws(FileWriter.Failure) -> SearchEntryFile {
        try writer.close()
        if let written { return written }
        errno = 0
        guard let file = SearchEntryFile(path: path, size: length, wholeLimit: wholeLimit) else {
            throw FileWriter.Failure(code: errno == 0 ? EIO : errno)
        }
        written = file
        return file
    }

    private static func entry(_ range: Range<Int>, of entries: SearchEntryFile) throws(FileWriter.Failure) -> [UInt8] {
        guard let bytes = entries.entry(range) else { throw FileWriter.Failure(code: EIO) }
        return bytes
    }

    /// How many bytes the spool holds.
    var byteCount: Int { length }

    /// Writes what is buffered and closes the spool.
    func close() throws(FileWriter.Failure) {
        try writer.close()
    }
}
