/// Writes a build's `.docloc-cache` while the build runs, record by record, through a small buffer: what the
/// next incremental build needs grows with the content set, so it goes to disk as it is found instead of being
/// gathered in a `BuildCache` and written at the end (at 50,000 pairs that was the largest thing a build held).
///
/// The file has its `end` record only after `finish`, so a build that stops half way leaves a cache the next
/// build ignores (`BuildCache.load`); a failed build discards it with the staging folder anyway.
final class BuildCacheWriter {
    private let stream: StreamWriter
    private var lines = CacheLines.Writer()
    /// How a failed write names the file (its place in the output folder, not in the staging folder).
    private let reportedPath: String
    private static let flushSize = 1 << 16

    /// Starts the cache at `path`; a failed write throws `DocLocError.outputNotWritable` naming `reportedPath`.
    init(path: String, reportedPath: String, generator: String) throws {
        self.reportedPath = reportedPath
        do {
            // Emptied, never written over: a cache cut short must not end with an older one's records.
            stream = try StreamWriter(path: path, emptying: true)
        } catch {
            throw DocLocError.outputNotWritable(path: reportedPath, reason: error.description)
        }
        BuildCache.header(generator: generator, into: &lines)
    }

    func document(_ path: String, _ summary: DocumentSummary) throws { try add { BuildCache.record(document: path, summary, into: &$0) } }

    /// A document record of the previous cache, for a document summarized from it (the same record, unchanged).
    func document(copying record: ArraySlice<UInt8>) throws { try add(copying: record) }

    func page(_ path: String, _ entry: BuildCache.Entry) throws { try add { BuildCache.record(page: path, entry, into: &$0) } }

    /// A page record of the previous cache, for a page linked from the previous site: the same record with its search
    /// entry's new place; written from `entry` when the record cannot be copied so.
    func page(copying record: ArraySlice<UInt8>, _ path: String, _ entry: BuildCache.Entry) throws {
        try add {
            if !BuildCache.record(page: record, search: entry.search, into: &$0) { BuildCache.record(page: path, entry, into: &$0) }
        }
    }

    func verdict(_ key: String, _ verdict: BuildCache.Verdict) throws { try add { BuildCache.record(verdict: key, verdict, into: &$0) } }

    /// A verdict record of the previous cache — its line and its findings' — for a pair whose inputs did not change.
    func verdict(copying record: ArraySlice<UInt8>) throws { try add(copying: record) }

    func rendered(_ path: String, _ entry: BuildCache.Rendered) throws { try add { BuildCache.record(rendered: path, entry, into: &$0) } }

    /// A page's row index, handed to the file as it is written (a 50,000-row index is a 4 MB line).
    func rows(_ path: String, _ index: BuildCache.RowIndex) throws {
        try BuildCache.record(rows: path, index, into: &lines) { try handOver(&$0) }
        try handOver(&lines)
    }

    /// A row index of the previous cache, for a page linked from the previous site (the same record, unchanged).
    func rows(copying record: ArraySlice<UInt8>) throws { try add(copying: record) }

    func copied(_ path: String, _ file: BuildCache.CopiedFile) throws { try add { BuildCache.record(copied: path, file, into: &$0) } }

    /// Writes the search file's size and the `end` record, and closes the file.
    func finish(searchFileSize: Int) throws {
        BuildCache.trailer(searchFileSize: searchFileSize, into: &lines)
        try flush { () throws(FileWriter.Failure) in
            try stream.append(lines.bytes)
            try stream.close()
        }
        lines.bytes.removeAll()
    }

    /// Adds a record; hands the buffer to the file once it holds `flushSize` bytes. A buffer a record made larger
    /// than a few times that (a row index of 50,000 rows is a 6 MB line) is let go, not kept at that size to the end.
    private func add(_ record: (inout CacheLines.Writer) -> Void) throws {
        record(&lines)
        try handOver(&lines)
    }

    /// Hands `lines`' bytes to the file once they are `flushSize`; a buffer grown past a few times that is let go.
    private func handOver(_ lines: inout CacheLines.Writer) throws {
        guard lines.bytes.count >= Self.flushSize else { return }
        try flush { () throws(FileWriter.Failure) in try stream.append(lines.bytes) }
        lines.bytes.removeAll(keepingCapacity: lines.bytes.capacity <= 4 * Self.flushSize)
    }

    /// Adds records copied from the previous cache: a piece larger than the buffer goes to the file straight from
    /// the previous cache's bytes (copied into the buffer, the 50k-pair dashboard's row index grew it to 6 MB at the
    /// end of an incremental build, its peak).
    private func add(copying record: ArraySlice<UInt8>) throws {
        guard record.count >= Self.flushSize else { return try add { $0.copy(lines: record) } }
        lines.counted(lines: record)
        try flush { () throws(FileWriter.Failure) in
            try stream.append(lines.bytes)
            try stream.append(record)
            try stream.append(CollectionOfOne(UInt8(0x0A)))
        }
        lines.bytes.removeAll(keepingCapacity: true)
    }

    private func flush(_ write: () throws(FileWriter.Failure) -> Void) throws {
        do {
            try write()
        } catch {
            throw DocLocError.outputNotWritable(path: reportedPath, reason: error.description)
        }
    }
}
