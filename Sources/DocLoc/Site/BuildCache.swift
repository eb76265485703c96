import Foundation

/// What `docloc build` remembers in `<out>/.docloc-cache`, so that `--incremental` redoes only what changed:
///
/// - per article file, its summary (`DocumentSummary`): an unchanged file is not parsed again;
/// - per translation pair, its drift verdict, keyed by everything it depends on (`DriftInputs`): an unchanged
///   pair is not compared again;
/// - per article page, the SHA-256 of everything its bytes depend on (`PageInputs`), the SHA-256 of the bytes
///   written (a page edited by hand since is rendered again), where its search-index entry stands in
///   `searchFileName` (beside the cache), the content files the
///   page uses (copied into the site), and the include paths the renderer looked up (with what it found there,
///   they are part of the next key);
/// - per page made from template values alone, the key of those values and the SHA-256 of its bytes, and where
///   each of its streamed rows stands in them, by the row's key (`RowIndex`);
/// - per content file copied into the site, the size and modification time of the original and of the copy.
///
/// A cache written by another docloc executable (`generator`) or in another format is ignored as a whole.
/// The file is in `CacheLines` format (`BuildCache+Lines.swift`).
public struct BuildCache: Sendable, Equatable {
    public static let fileName = ".docloc-cache"
    /// The search-index entries of the build's pages, one JSON object after another (`Entry.search`).
    public static let searchFileName = ".docloc-search"
    /// Bumped when the cache layout or the meaning of a key changes; a cache of another format is ignored.
    public static let format = 7

    public var format: Int
    /// `SiteBuilder.generator` of the build that wrote it.
    public var generator: String
    /// Output path → entry, for every article page of the build.
    public var pages: CacheTable<Entry>
    /// The size of `searchFileName` as written with this cache (a file of another size is not used).
    public var searchFileSize = 0
    /// Content path (`nl-NL/admin/x.md`) → summary, for every readable article file.
    public var documents: CacheTable<DocumentSummary>
    /// `DriftInputs.key` → verdict, for every pair compared.
    public var verdicts: CacheTable<Verdict>
    /// Output path → entry, for the pages made from template values alone (indexes, dashboard, chooser).
    public var rendered: CacheTable<Rendered>
    /// Output path → where each streamed row stands, for the pages of `rendered` written a row at a time.
    public var rows: CacheTable<RowIndex>
    /// Output path → stamps, for every content file copied into the site.
    public var copied: CacheTable<CopiedFile>
    /// With a large cache loaded `deferringTables`: where the tables other than `documents` are still to be read
    /// from (`loadDeferredTables`), and which of them are (by index, as `DeferredCacheTables.tables`).
    var deferred: DeferredCacheTables?
    var deferredLeft: Set<Int> = []

    public init(
        generator: String = "", pages: [String: Entry] = [:], documents: [String: DocumentSummary] = [:],
        verdicts: [String: Verdict] = [:], rendered: [String: Rendered] = [:], rows: [String: RowIndex] = [:],
        copied: [String: CopiedFile] = [:]
    ) {
        self.format = Self.format
        self.generator = generator
        self.pages = CacheTable(pages)
        self.documents = CacheTable(documents)
        self.verdicts = CacheTable(verdicts)
        self.rendered = CacheTable(rendered)
        self.rows = CacheTable(rows)
        self.copied = CacheTable(copied)
    }

    /// The cache of the site in `folder` when `generator` wrote it, else an empty one (also when there is none,
    /// or it is of another format, or it is cut short). `deferringTables`: see `load(from:deferringTables:)`.
    public static func load(from folder: URL, generator: String, deferringTables: Bool = false) -> BuildCache {
        load(from: folder, deferringTables: deferringTables).written(by: generator)
    }

    /// The cache of the site in `folder`, whichever docloc wrote it (see `written(by:)`); an empty one when there is
    /// none, or it is of another format, or it is cut short. A build starts reading it before it knows its own
    /// generator (the executable's stamp, 0.7 ms to look up).
    ///
    /// `deferringTables`: of a large cache, only the documents' records are read now, the other tables when
    /// `loadDeferredTables` asks for them (a build reads them once it is done with the documents').
    public static func load(from folder: URL, deferringTables: Bool = false) -> BuildCache {
        load(fromFile: folder.path + "/" + fileName, deferringTables: deferringTables)
    }

    /// The cache file at `path`. Up to `sharedTablesLimit` bytes, read whole, straight into bytes (FileManager's
    /// Data, copied into an array, was a quarter of loading it); a larger one, `chunkSize` bytes at a time, twice:
    /// once to size each table's bytes, once to fill them (`BuildCacheReader`), so the file is never in memory
    /// beside them — `deferringTables`, the second time only the documents' (see `load(from:deferringTables:)`).
    static func load(
        fromFile path: String, sharingUpTo sharedLimit: Int = sharedTablesLimit, chunkSize: Int = 1 << 20, deferringTables: Bool = false
    ) -> BuildCache {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return BuildCache() }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return BuildCache() }
        guard Int(info.st_size) > sharedLimit else {
            guard case .bytes(let bytes) = FileReader.contents(of: fd, size: Int(info.st_size)) else { return BuildCache() }
            return decoded(bytes) ?? BuildCache()
        }
        // The sizing pass stops at a first line that is not this format's header: another docloc's cache is not read.
        var sizes = BuildCacheReader.Sizes()
        guard BuildCacheReader.forEachLine(ofFile: fd, chunkSize: chunkSize, { sizes.count($0) }) else { return BuildCache() }
        let deferred = deferringTables ? DeferredCacheTables(duplicating: fd, sizes: sizes, chunkSize: chunkSize) : nil
        var reader = BuildCacheReader(.copying, sizes: sizes, keeping: deferred == nil ? nil : [BuildCacheReader.documentTable])
        guard BuildCacheReader.forEachLine(
            ofFile: fd, chunkSize: chunkSize, longestLine: sizes.longestLine, startSuffices: { reader.needsOnlyTag($0) },
            { reader.take($0) }),
            var cache = reader.finish(shared: [])
        else { return BuildCache() }
        cache.deferred = deferred
        if deferred != nil { cache.deferredLeft = DeferredCacheTables.tables }
        return cache
    }

    /// Reads the tables a load `deferringTables` left in the file; nothing when there are none. A file that is no
    /// longer the whole cache it was (or is another docloc's) leaves them empty: every lookup in them misses.
    public mutating func loadDeferredTables() {
        loadDeferredTables(deferredLeft)
    }

    /// Reads `tables` (by index, as `DeferredCacheTables.tables`) of those a load `deferringTables` left in the file;
    /// nothing for a table read already.
    mutating func loadDeferredTables(_ tables: Set<Int>) {
        let wanted = tables.intersection(deferredLeft)
        guard !wanted.isEmpty else { return }
        adoptDeferredTables(deferred?.read(wanted, generator: generator), tables: wanted)
    }

    /// Takes `tables` from what `DeferredCacheTables.read` gave (`rest`: nil when the file was no longer the cache
    /// it was: they stay empty) in place of the ones deferred; nothing for a table not deferred or taken already
    /// (a cache read whole holds them all). Once every table is taken, the file is let go of.
    mutating func adoptDeferredTables(_ rest: BuildCache?, tables: Set<Int>) {
        guard deferred != nil else { return }
        let taken = tables.intersection(deferredLeft)
        deferredLeft.subtract(taken)
        if deferredLeft.isEmpty { deferred = nil }
        guard let rest else { return }
        for table in taken {
            switch table {
            case BuildCacheReader.pageTable: pages = rest.pages
            case BuildCacheReader.renderedTable: rendered = rest.rendered
            case BuildCacheReader.rowsTable: rows = rest.rows
            case BuildCacheReader.copiedTable: copied = rest.copied
            case BuildCacheReader.verdictTable: verdicts = rest.verdicts
            default: break
            }
        }
    }

    /// This cache when `generator` wrote it, else an empty one of `generator`'s.
    public consuming func written(by generator: String) -> BuildCache {
        self.generator == generator ? self : BuildCache(generator: generator)
    }
}
