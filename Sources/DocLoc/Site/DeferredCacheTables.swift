#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The tables of a large cache file that are read only when asked for (`BuildCache.loadDeferredTables`): an
/// incremental build needs the document records while it reads the content, and the page, verdict, row and copy
/// records only after it has copied the documents' and let go of them. Read in one go, all of them were held while
/// the content was read (at 50k pairs, 125 MB of records, keys and indexes: most of the build's peak).
///
/// It holds the file open (its own descriptor, closed when the last copy of the cache lets go of it), so the tables
/// come from the file the documents came from even if a path in between changes. Equal only to itself.
final class DeferredCacheTables: Sendable, Equatable {
    /// The tables left to read, by index (`BuildCacheReader.tableTags`, then `verdictTable`).
    static let tables: Set<Int> = Set(0...BuildCacheReader.verdictTable).subtracting([BuildCacheReader.documentTable])
    /// The verdicts' table: an incremental build looks its verdicts up while it plans the site, and copies them
    /// into the new cache, before it needs any other table (`SiteBuilder.writeArticles`).
    static let verdicts: Set<Int> = [BuildCacheReader.verdictTable]
    /// The pages' table: what the article pages need, read before the rows', rendered pages' and copies', which only
    /// the site-wide files after them need. Its records stay in the file, each read when a page looks it up
    /// (`CacheTable(file:index:decode:)`): 24 MB at 50k pairs, they were the largest part of the build's peak.
    static let pages: Set<Int> = [BuildCacheReader.pageTable]

    private let fd: Int32
    private let sizes: BuildCacheReader.Sizes
    private let chunkSize: Int

    /// Nil when the descriptor cannot be duplicated (the tables are then read with the documents).
    init?(duplicating fd: Int32, sizes: BuildCacheReader.Sizes, chunkSize: Int) {
        let own = fcntl(fd, F_DUPFD_CLOEXEC, 0)
        guard own >= 0 else { return nil }
        self.fd = own
        self.sizes = sizes
        self.chunkSize = chunkSize
    }

    deinit { close(fd) }

    /// The file read again, keeping `tables` (some of `tables`): nil when it is no longer a whole cache written by
    /// `generator` (the documents' cache's). Read on one thread at a time (it moves the descriptor's offset).
    func read(_ tables: Set<Int> = DeferredCacheTables.tables, generator: String) -> BuildCache? {
        // The pages' records are left in the file when it can be read a record at a time through a descriptor of
        // its own (`pread`: the article pages look them up on every thread).
        let file = FileRangeReader(duplicating: fd)
        var reader = BuildCacheReader(
            .copying, sizes: sizes, keeping: tables.subtracting([BuildCacheReader.documentTable]),
            leavingInFile: file == nil ? [] : Self.pages)
        guard BuildCacheReader.forEachLine(
            ofFile: fd, chunkSize: chunkSize, longestLine: sizes.longestLine, startSuffices: { reader.needsOnlyTag($0) },
            { reader.take($0, at: $1) }),
            let rest = reader.finish(shared: [], file: file), rest.generator == generator
        else { return nil }
        return rest
    }

    static func == (a: DeferredCacheTables, b: DeferredCacheTables) -> Bool { a === b }
}
