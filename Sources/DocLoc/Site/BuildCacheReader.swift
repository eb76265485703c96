#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one pass that reads a cache's lines (`BuildCache.decoded`, `BuildCache.load`): it checks the whole (header,
/// `end` count, each verdict's findings) and notes where each record stands, by table and key; a record is decoded
/// only when it is looked up (`CacheTable`).
///
/// Where the records are kept (`Storage`):
/// - `.sharing`: where they stand in the bytes the lines are slices of, which every table then shares — a small
///   cache, read whole (`BuildCache.decoded`);
/// - `.copying`: each table's records in bytes of its own, sized beforehand (`Sizes`), so that a build lets go of one
///   kind of record when it is done with it. A large cache is read a chunk at a time straight into those (`load`):
///   read whole and then copied, its file and its tables were both in memory (88 + 88 MB of an incremental build at
///   50k pairs, its peak).
///
/// A reader `keeping` some tables checks every line as well but keeps only their records: a build reads a large cache
/// twice, the documents' first and the rest once it has let go of those (`DeferredCacheTables`).
struct BuildCacheReader {
    enum Storage { case sharing, copying }

    /// Where a record goes: the one-line tables by their tag (`tableTags`' order), then the verdicts (a verdict
    /// line and the finding lines after it, joined by line feeds).
    static let tableTags = ["document", "page", "rendered", "rows", "copied"]
    static let documentTable = 0
    static let pageTable = 1
    static let renderedTable = 2
    static let rowsTable = 3
    static let copiedTable = 4
    static let verdictTable = tableTags.count

    /// How many bytes of records each table holds, and how many records: counted in a pass before the one that
    /// keeps them (each table's bytes and list of record places reserved at their size, not grown by doubling).
    struct Sizes {
        var bytes = [Int](repeating: 0, count: BuildCacheReader.verdictTable + 1)
        var records = [Int](repeating: 0, count: BuildCacheReader.verdictTable + 1)
        /// The longest line's length: a later pass reserves its buffer for it (`forEachLine(ofFile:chunkSize:longestLine:)`).
        var longestLine = 0
        private var headed = false

        /// Counts a line; false when the first line is not this format's header (the rest need not be read).
        mutating func count(_ line: ArraySlice<UInt8>) -> Bool {
            longestLine = max(longestLine, line.count)
            guard !line.isEmpty else { return true }
            if !headed {
                let (tag, format) = CacheLines.leadingFields(line)
                guard tag.elementsEqual("docloc-build-cache".utf8), format.elementsEqual(String(BuildCache.format).utf8) else {
                    return false
                }
                headed = true
            }
            let tag = CacheLines.leadingFields(line).tag
            if let table = BuildCacheReader.table(of: tag) {
                bytes[table] += line.count
                records[table] += 1
            } else if tag.elementsEqual("verdict".utf8) {
                bytes[BuildCacheReader.verdictTable] += line.count
                records[BuildCacheReader.verdictTable] += 1
            } else if tag.elementsEqual("finding".utf8) {
                bytes[BuildCacheReader.verdictTable] += line.count + 1
            }
            return true
        }
    }

    private let storage: Storage
    /// By table: whether its records are kept (the others' lines are checked and counted, not kept).
    private let keeps: [Bool]
    private var cache = BuildCache()
    /// By table: where each record stands (in the shared bytes, or in `own`), in the file's order.
    private var stored = [[Range<Int>]](repeating: [], count: BuildCacheReader.verdictTable + 1)
    /// By table, with `.copying`: its records.
    private var own: [[UInt8]]
    private var records = 0
    private var ended = false
    private var failed = false
    private var openVerdict: (start: Int, expected: Int, seen: Int, end: Int)?
    /// By table, for those left in the file: where each record stands there (`take(_:at:)`).
    private var inFile: [Int: FileRecordIndex] = [:]

    /// `keeping`: the tables (by index: `tableTags`, then `verdictTable`) whose records are kept; nil, every one.
    /// `leavingInFile`: of those, one-line tables whose records stay in the file, noted by their place in it (read
    /// with `take(_:at:)` and finished with the file's reader: `finish(shared:file:)`).
    init(_ storage: Storage, sizes: Sizes = Sizes(), keeping: Set<Int>? = nil, leavingInFile: Set<Int> = []) {
        self.storage = storage
        let keeps = (0...Self.verdictTable).map { keeping?.contains($0) ?? true }
        self.keeps = keeps
        for table in leavingInFile where storage == .copying && table != Self.verdictTable && keeps[table] {
            inFile[table] = FileRecordIndex(capacity: sizes.records[table])
        }
        let inFile = inFile
        own = storage == .sharing ? [] : sizes.bytes.indices.map { table in
            var bytes: [UInt8] = []
            if keeps[table], inFile[table] == nil { bytes.reserveCapacity(sizes.bytes[table]) }
            return bytes
        }
        for table in stored.indices where keeps[table] && inFile[table] == nil {
            stored[table].reserveCapacity(sizes.records[table])
        }
    }

    static func table(of tag: ArraySlice<UInt8>) -> Int? {
        tableTags.firstIndex { tag.elementsEqual($0.utf8) }
    }

    /// Whether a line that starts with `start` may be taken by its start alone: a record of a one-line table this
    /// reader does not keep, of which `take` checks only the tag (`forEachLine(ofFile:chunkSize:longestLine:startSuffices:_:)`).
    func needsOnlyTag(_ start: ArraySlice<UInt8>) -> Bool {
        guard let tab = start.firstIndex(of: 0x09), let table = Self.table(of: start[..<tab]) else { return false }
        return !keeps[table]
    }

    /// Takes the next line (without its line feed); false once the lines are not a cache of this format.
    mutating func take(_ line: ArraySlice<UInt8>) -> Bool {
        take(line, at: nil)
    }

    /// `take(_:)`, with where the line starts in the file (needed by a table left in it: without, its record is
    /// not noted, and a lookup of it misses).
    mutating func take(_ line: ArraySlice<UInt8>, at offset: Int?) -> Bool {
        guard !failed else { return false }
        guard !line.isEmpty else { return true }
        guard !ended else { return fail() }
        records += 1
        // Most records need only their tag and first field: split off without a `Record` (a split and strings
        // per line, a tag looked up in a dictionary of tables, a verdict's entry rewritten per finding: decoding
        // the real corpus's cache took 3.4 ms, on the path to the first article read; now 1.3).
        let tag = CacheLines.leadingFields(line).tag
        if records == 1, !tag.elementsEqual("docloc-build-cache".utf8) { return fail() }
        if tag.elementsEqual("finding".utf8) {
            guard var open = openVerdict else { return fail() }
            open.seen += 1
            if keeps[Self.verdictTable] { open.end = keep(line, in: Self.verdictTable, continuing: true).upperBound }
            openVerdict = open
            return true
        }
        guard closeVerdict() else { return fail() }
        if let table = Self.table(of: tag) {
            if inFile[table] != nil {
                if let offset {
                    line.withUnsafeBufferPointer { inFile[table]?.insert(key: RecordIndex.key(ofRecord: $0), at: offset..<(offset + line.count)) }
                }
            } else if keeps[table] {
                stored[table].append(keep(line, in: table))
            }
            return true
        }
        let record = CacheLines.Record(line: line, fields: 6)
        switch record.tag {
        case "docloc-build-cache":
            guard records == 1, record.number(0) == BuildCache.format else { return fail() }
        case "generator":
            cache.generator = record.text(0)
        case "search":
            guard let size = record.number(0) else { return fail() }
            cache.searchFileSize = size
        case "verdict":
            guard let count = record.number(5) else { return fail() }
            let range = keeps[Self.verdictTable] ? keep(line, in: Self.verdictTable) : 0..<0
            openVerdict = (range.lowerBound, count, 0, range.upperBound)
        case "end":
            guard record.number(0) == records - 1 else { return fail() }
            ended = true
        default:
            return fail()
        }
        return true
    }

    /// The cache, once every line is taken; nil when they were not a whole cache. `shared`: with `.sharing`, the
    /// bytes the lines were slices of (`forEachLine(in:)`: their indexes are places in it), else nothing.
    /// `file`: the reader of the file the lines came from, for the tables left in it (without one they are empty).
    consuming func finish(shared: [UInt8], file: FileRangeReader? = nil) -> BuildCache? {
        guard !failed, ended else { return nil }
        precondition(storage == .copying || !shared.isEmpty, "a sharing reader is finished with the bytes it read")
        var cache = self.cache
        let (storage, stored, own, inFile) = (self.storage, self.stored, self.own, self.inFile)
        func table<Value>(_ index: Int, _ decode: @escaping @Sendable (ArraySlice<UInt8>) -> Value?) -> CacheTable<Value> {
            if let places = inFile[index] {
                return file.map { CacheTable(file: $0, index: places, decode: decode) } ?? CacheTable()
            }
            return CacheTable(sharing: stored[index], in: storage == .sharing ? shared : own[index], decode: decode)
        }
        cache.documents = table(Self.documentTable, BuildCache.documentSummary)
        cache.pages = table(Self.pageTable, BuildCache.entry)
        cache.rendered = table(Self.renderedTable, BuildCache.rendered)
        cache.rows = table(Self.rowsTable, BuildCache.rowIndex)
        cache.copied = table(Self.copiedTable, BuildCache.copiedFile)
        cache.verdicts = table(Self.verdictTable, BuildCache.verdict)
        return cache
    }

    /// Where `line` is kept: its own place (`.sharing`), or appended to the table's bytes — after a line feed when
    /// it `continuing` the record before it (a verdict's finding). A finding's range runs from its line feed.
    private mutating func keep(_ line: ArraySlice<UInt8>, in table: Int, continuing: Bool = false) -> Range<Int> {
        switch storage {
        case .sharing:
            return line.startIndex..<line.endIndex
        case .copying:
            let start = own[table].count
            if continuing { own[table].append(0x0A) }
            own[table].append(contentsOf: line)
            return start..<own[table].count
        }
    }

    private mutating func closeVerdict() -> Bool {
        guard let open = openVerdict else { return true }
        openVerdict = nil
        if keeps[Self.verdictTable] { stored[Self.verdictTable].append(open.start..<open.end) }
        return open.seen == open.expected
    }

    private mutating func fail() -> Bool {
        failed = true
        return false
    }
}

extension BuildCacheReader {
    /// Hands each line of `bytes` (without its line feed) to `body`, until it returns false.
    static func forEachLine(in bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Bool) {
        var start = 0
        while start < bytes.count {
            let end = CacheLines.lineEnd(in: bytes, from: start)
            guard body(bytes[start..<end]) else { return }
            start = end + 1
        }
    }

    /// Hands each line of the open file `fd` (without its line feed) to `body`, from the file's start, reading
    /// `chunkSize` bytes at a time (a line longer than that is read whole); false when the file cannot be read or
    /// `body` returned false. `longestLine`, when a pass before counted it: the buffer is made that large at once
    /// (a row index of 50,000 rows is a 6 MB line: grown by doubling, the buffer and its copy were 12.6 MB at once,
    /// the top of a 50k-pair incremental build's heap). `startSuffices`: whether a line longer than a chunk may be
    /// handed to `body` by the start read so far, the rest of it passed over unheld — a pass that does not keep
    /// the row indexes then never holds one of those lines (the pages' pass held 6 MB of buffer through it).
    static func forEachLine(
        ofFile fd: Int32, chunkSize: Int, longestLine: Int = 0, startSuffices: ((ArraySlice<UInt8>) -> Bool)? = nil,
        _ body: (ArraySlice<UInt8>) -> Bool
    ) -> Bool {
        forEachLine(ofFile: fd, chunkSize: chunkSize, longestLine: longestLine, startSuffices: startSuffices) { line, _ in body(line) }
    }

    /// `forEachLine(ofFile:chunkSize:longestLine:startSuffices:_:)`, handing `body` where each line starts in the file
    /// too (a table left in the file notes where its records are: `CacheTable(file:index:decode:)`).
    static func forEachLine(
        ofFile fd: Int32, chunkSize: Int, longestLine: Int = 0, startSuffices: ((ArraySlice<UInt8>) -> Bool)? = nil,
        _ body: (ArraySlice<UInt8>, Int) -> Bool
    ) -> Bool {
        guard lseek(fd, 0, SEEK_SET) == 0 else { return false }
        // Where the buffer's first byte stands in the file.
        var consumed = 0
        let chunkSize = max(chunkSize, 1)
        var buffer: [UInt8] = []
        // Reserved, not touched: pages of it never filled cost no memory.
        buffer.reserveCapacity(max(longestLine, 0) + chunkSize)
        // Whether the bytes read up to the next line feed are the rest of a line `body` has had by its start.
        var passingOver = false
        while true {
            // What is held is the start of a line: no line feed in it.
            let held = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            let got = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + held, chunkSize) }
            if got < 0 {
                let failure = errno
                buffer.removeLast(chunkSize)
                if failure == EINTR { continue }
                return false
            }
            buffer.removeLast(chunkSize - got)
            var start = 0
            if passingOver {
                let end = CacheLines.lineEnd(in: buffer, from: 0)
                guard end < buffer.count else {
                    if got == 0 { return true }
                    consumed += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                    continue
                }
                passingOver = false
                start = end + 1
            }
            while start < buffer.count {
                // Looked for past what is held: a line longer than a chunk is not scanned again for every chunk.
                let end = CacheLines.lineEnd(in: buffer, from: max(start, held))
                guard end < buffer.count else { break }
                guard body(buffer[start..<end], consumed + start) else { return false }
                start = end + 1
            }
            if got == 0 {
                return start == buffer.count || body(buffer[start...], consumed + start)
            }
            if start < buffer.count, buffer.count - start >= chunkSize, let startSuffices, startSuffices(buffer[start...]) {
                guard body(buffer[start...], consumed + start) else { return false }
                passingOver = true
                consumed += buffer.count
                buffer.removeAll(keepingCapacity: true)
                continue
            }
            consumed += start
            buffer.removeFirst(start)
        }
    }
}
