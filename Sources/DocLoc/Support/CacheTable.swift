/// One kind of record of a `BuildCache` (pages, documents, verdicts, …), by key.
///
/// Values set by code are held decoded. A table read from a cache file holds its records' bytes (its own, so a build
/// that is done with one kind of record lets go of it; a small cache's tables share the file's bytes:
/// `BuildCache.sharedTablesLimit`, `BuildCacheReader`) and decodes a record when it is looked up: an
/// incremental build of a large site looks up every record once, so decoding them all up front held the whole
/// previous cache in memory, several times its file size, for the length of the build.
///
/// A stored record is a `CacheLines` line (or lines): its key is its first field after the tag (`RecordIndex`).
///
/// A table may also leave its records in the file, noting only where each stands (`init(file:index:decode:)`): a
/// lookup reads its record there (one `pread`) and takes it only if it holds the key.
public struct CacheTable<Value: Sendable & Equatable>: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    private var values: [String: Value] = [:]
    private var stored = RecordIndex()
    private var bytes: [UInt8] = []
    private var file: (reader: FileRangeReader, index: FileRecordIndex)?
    private var decode: (@Sendable (ArraySlice<UInt8>) -> Value?)?

    public init() {}

    public init(_ values: [String: Value]) {
        self.values = values
    }

    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// A table of the records at `records` in `file` (in the file's order: a later record of a key stands for it) —
    /// the bytes of a whole small cache, which it shares with the other tables read from it (no copy: they stay as
    /// long as one of them does), or the table's own records (`BuildCacheReader`) — decoded by `decode` when looked up.
    init(sharing records: [Range<Int>], in file: [UInt8], decode: @escaping @Sendable (ArraySlice<UInt8>) -> Value?) {
        bytes = file
        stored = RecordIndex(records, in: file)
        self.decode = decode
    }

    /// A table of records left in the file `reader` reads, at the places `index` notes, decoded by `decode` when
    /// looked up.
    init(file reader: FileRangeReader, index: FileRecordIndex, decode: @escaping @Sendable (ArraySlice<UInt8>) -> Value?) {
        file = (reader, index)
        self.decode = decode
    }

    /// The value of `key`: nil when there is none, or when its stored record cannot be read (a cache miss).
    public subscript(key: String) -> Value? {
        get {
            if let value = values[key] { return value }
            guard let decode, let record = storedRecord(key) else { return nil }
            return decode(record)
        }
        set {
            stored.remove(key, in: bytes)
            if file != nil { CacheLines.withEscaped(key) { file?.index.remove($0) } }
            values[key] = newValue
        }
    }

    /// The record of `key` as it stands in the file the table was read from (nil when there is none, or when code
    /// set the value): a build copies what did not change instead of decoding and encoding it again.
    func storedRecord(_ key: String) -> ArraySlice<UInt8>? {
        guard values[key] == nil else { return nil }
        if let range = stored.range(of: key, in: bytes) { return bytes[range] }
        guard let file else { return nil }
        return CacheLines.withEscaped(key) { key -> ArraySlice<UInt8>? in
            guard let range = file.index.range(of: key), let record = file.reader.read(range) else { return nil }
            // The record read must be the key's: another key of the same hash, or a file changed since, is a miss.
            let holds = record.withUnsafeBufferPointer { RecordIndex.same(RecordIndex.key(ofRecord: $0), key) }
            return holds && !record.contains(0x0A) ? record[...] : nil
        }
    }

    /// How many bytes of records the table holds in memory.
    var storedByteCount: Int { bytes.count }

    public var keys: [String] {
        var keys = Array(values.keys) + stored.keys(in: bytes).filter { values[$0] == nil }
        if let file {
            // Each record read for its key (for tests and small caches, as `dictionary` is): one whose key the index
            // does not place there is not the record noted (a file changed since).
            for range in file.index.ranges {
                guard let record = file.reader.read(range), !record.contains(0x0A) else { continue }
                let key = RecordIndex.keyText(ofRecord: record, at: record.indices)
                let placed = CacheLines.withEscaped(key) { file.index.range(of: $0) == range }
                if values[key] == nil, placed { keys.append(key) }
            }
        }
        return keys
    }

    public var count: Int { keys.count }

    public var isEmpty: Bool { values.isEmpty && stored.count == 0 && (file?.index.count ?? 0) == 0 }

    /// Every value decoded, by key (for tests and small caches).
    public var dictionary: [String: Value] {
        var result = values
        for key in keys where result[key] == nil {
            if let value = self[key] { result[key] = value }
        }
        return result
    }

    public static func == (a: CacheTable, b: CacheTable) -> Bool { a.dictionary == b.dictionary }
}
