import Foundation

/// `BuildCache` in `CacheLines` format. `encoded()` writes each kind in key order; a build writes them as it goes
/// (`BuildCacheWriter`), in the order of its batches. Either way the same build writes the same file; a reader
/// takes the records in any order, except that a verdict's findings follow it.
///
///     docloc-build-cache  format
///     generator           text
///     document            path fingerprint byteCount title assetID? anchors… diagnostics(JSON, or empty) modified
///     page                outputPath key output usedFiles… includeLookups… searchOffset searchLength byteCount?
///     verdict             key status machineTranslated handoffDate? recordedFingerprint? findingCount
///     finding             kind message sourceLine? translationLine?       (the findings of the verdict above)
///     rendered            outputPath key output byteCount?            (byteCount only when recorded)
///     rows                outputPath byteCount rows…                 (each row: "key offset length")
///     copied              path sourceSize sourceModified copySize copyModified
///     search              size of the search-entry file
///     end                 number of records before it
///
/// A file without its `end` record (cut short) or of another format is not used at all.
extension BuildCache {
    public func encoded() -> [UInt8] {
        var writer = CacheLines.Writer()
        Self.header(generator: generator, into: &writer)
        for path in documents.keys.sorted() {
            if let summary = documents[path] { Self.record(document: path, summary, into: &writer) }
        }
        for path in pages.keys.sorted() {
            if let entry = pages[path] { Self.record(page: path, entry, into: &writer) }
        }
        for key in verdicts.keys.sorted() {
            if let verdict = verdicts[key] { Self.record(verdict: key, verdict, into: &writer) }
        }
        for path in rendered.keys.sorted() {
            if let entry = rendered[path] { Self.record(rendered: path, entry, into: &writer) }
        }
        for path in rows.keys.sorted() {
            if let index = rows[path] { Self.record(rows: path, index, into: &writer) }
        }
        for path in copied.keys.sorted() {
            if let file = copied[path] { Self.record(copied: path, file, into: &writer) }
        }
        Self.trailer(searchFileSize: searchFileSize, into: &writer)
        return writer.bytes
    }

    static func header(generator: String, into writer: inout CacheLines.Writer) {
        writer.record("docloc-build-cache", [.number(format)])
        writer.record("generator", [.text(generator)])
    }

    /// The search file's size and the `end` record.
    static func trailer(searchFileSize: Int, into writer: inout CacheLines.Writer) {
        writer.record("search", [.number(searchFileSize)])
        writer.record("end", [.number(writer.count)])
    }

    static func record(document path: String, _ summary: DocumentSummary, into writer: inout CacheLines.Writer) {
        let diagnostics = summary.diagnostics.isEmpty
            ? "" : String(decoding: (try? diagnosticsEncoder.encode(summary.diagnostics)) ?? Data(), as: UTF8.self)
        writer.record("document", [
            .text(path), .text(summary.fingerprint), .number(summary.byteCount), .text(summary.title),
            .optional(summary.assetID), .joined(summary.anchorList, separator: 0), .text(diagnostics), .number(Int(summary.modified)),
        ])
    }

    static func record(page path: String, _ entry: Entry, into writer: inout CacheLines.Writer) {
        writer.record("page", [
            .text(path), .text(entry.key), .text(entry.output), .list(entry.usedFiles), .list(entry.includeLookups),
            .number(entry.search.lowerBound), .number(entry.search.count),
            .number(entry.byteCount),
        ])
    }

    /// The previous cache's record of a page linked from the previous site (`line`, as stored), its search entry —
    /// the same bytes — now at `search`: the record `record(page:_:into:)` writes for that entry, copied with the
    /// entry's offset replaced. False, writing nothing, when the record's entry is of another length.
    static func record(page line: ArraySlice<UInt8>, search: Range<Int>, into writer: inout CacheLines.Writer) -> Bool {
        let fields = CacheLines.split(line, at: 0x09)
        guard fields.count == 9, Int(String(decoding: fields[7], as: UTF8.self)) == search.count else { return false }
        return writer.copy(line: line, replacingField: 2, with: String(search.lowerBound))
    }

    static func record(verdict key: String, _ verdict: Verdict, into writer: inout CacheLines.Writer) {
        writer.record("verdict", [
            .text(key), .text(verdict.status.rawValue), .flag(verdict.isMachineTranslated), .optional(verdict.handoffDate),
            .optional(verdict.recordedFingerprint), .number(verdict.findings.count),
        ])
        for finding in verdict.findings {
            writer.record("finding", [
                .text(finding.kind), .text(finding.message), .number(finding.sourceLine), .number(finding.translationLine),
            ])
        }
    }

    static func record(rendered path: String, _ entry: Rendered, into writer: inout CacheLines.Writer) {
        writer.record("rendered", [.text(path), .text(entry.key), .text(entry.output)] + (entry.byteCount.map { [.number($0)] } ?? []))
    }

    /// "key offset length" per row, written a row at a time; `between` is called after each row (to hand the bytes
    /// to the file: the record of a 50,000-row page, built whole, was 4 MB, with a string per row before that).
    static func record(rows path: String, _ index: RowIndex, into writer: inout CacheLines.Writer) {
        record(rows: path, index, into: &writer) { _ in }
    }

    static func record(
        rows path: String, _ index: RowIndex, into writer: inout CacheLines.Writer,
        between: (inout CacheLines.Writer) throws -> Void
    ) rethrows {
        writer.startList("rows", [.text(path), .number(index.byteCount)])
        for row in index.rows {
            writer.item { bytes in
                row.key.appendHex(to: &bytes)
                bytes.append(0x20)
                bytes += String(row.offset).utf8
                bytes.append(0x20)
                bytes += String(row.length).utf8
            }
            try between(&writer)
        }
        writer.end()
    }

    static func record(copied path: String, _ file: CopiedFile, into writer: inout CacheLines.Writer) {
        writer.record("copied", [
            .text(path), .number(Int(file.source.size)), .number(Int(file.source.modified)), .number(Int(file.copy.size)),
            .number(Int(file.copy.modified)),
        ])
    }

    private static var diagnosticsEncoder: JSONEncoder {
        let json = JSONEncoder()
        json.outputFormatting = [.sortedKeys]
        return json
    }

    /// The cache in `bytes`; nil when they are not a whole cache of this format (`BuildCacheReader`). Its tables
    /// share `bytes`: a cache read whole is a small one (`BuildCache.load`).
    static func decoded(_ bytes: [UInt8]) -> BuildCache? {
        var reader = BuildCacheReader(.sharing)
        BuildCacheReader.forEachLine(in: bytes) { reader.take($0) }
        return reader.finish(shared: bytes)
    }

    /// Up to this size, a cache's tables share the bytes it was read from. A larger one's each hold their own
    /// records (read into them a chunk at a time: `BuildCache.load`), so that a build lets go of each kind of record
    /// when done with it (at 50k pairs, the documents' and verdicts' records are 70 MB of an incremental build's
    /// peak); copying a small one cost more than the build uses them (a sixth of reading the real corpus's cache, on
    /// the path to the first article read).
    static let sharedTablesLimit = 4 << 20

    /// Whether a document record is of the document's bytes and stamp (same fingerprint, size and recorded
    /// modification time), so it is the record this build would write for it.
    static func documentRecord(_ line: ArraySlice<UInt8>, describes document: Document) -> Bool {
        // Field by field as bytes, without a string per field (564 records an incremental build of the real corpus).
        let fields = CacheLines.split(line, at: 0x09, maxSplits: 9)
        guard fields.count >= 9, fields[0].elementsEqual("document".utf8), let fingerprint = document.fingerprint,
            CacheLines.field(fields[1], is: document.path), CacheLines.field(fields[2], is: fingerprint),
            CacheLines.field(fields[3], is: String(document.byteCount)),
            CacheLines.field(fields[8], is: String(document.modified))
        else { return false }
        return true
    }

    @Sendable static func documentSummary(_ line: ArraySlice<UInt8>) -> DocumentSummary? {
        let record = CacheLines.Record(line: line)
        let json = record.text(6)
        guard let byteCount = record.number(2), let modified = record.number(7),
            let diagnostics = json.isEmpty ? [] : try? JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8))
        else { return nil }
        return DocumentSummary(
            fingerprint: record.text(1), byteCount: byteCount, modified: Int64(modified), title: record.text(3),
            assetID: record.optional(4), anchorList: record.joinedAscendingList(5) ?? DocumentSummary.joined(record.list(5)),
            diagnostics: diagnostics)
    }

    @Sendable static func entry(_ line: ArraySlice<UInt8>) -> Entry? {
        let record = CacheLines.Record(line: line)
        guard let offset = record.number(5), let length = record.number(6), offset >= 0, length >= 0 else { return nil }
        return Entry(
            key: record.text(1), output: record.text(2), usedFiles: record.list(3), includeLookups: record.list(4),
            search: offset..<(offset + length), byteCount: record.number(7))
    }

    /// A verdict line and the finding lines after it.
    @Sendable static func verdict(_ lines: ArraySlice<UInt8>) -> Verdict? {
        let records = CacheLines.split(lines, at: 0x0A).filter { !$0.isEmpty }.map { CacheLines.Record(line: $0) }
        guard let record = records.first, let status = DriftStatus(rawValue: record.text(1)) else { return nil }
        return Verdict(
            status: status,
            findings: records.dropFirst().map {
                DriftFinding(kind: $0.text(0), message: $0.text(1), sourceLine: $0.number(2), translationLine: $0.number(3))
            },
            isMachineTranslated: record.flag(2), handoffDate: record.optional(3), recordedFingerprint: record.optional(4))
    }

    @Sendable static func rendered(_ line: ArraySlice<UInt8>) -> Rendered? {
        let record = CacheLines.Record(line: line)
        return Rendered(key: record.text(1), output: record.text(2), byteCount: record.number(3))
    }

    @Sendable static func rowIndex(_ line: ArraySlice<UInt8>) -> RowIndex? {
        let record = CacheLines.Record(line: line)
        guard let byteCount = record.number(1) else { return nil }
        // "key offset length" per item, read on the field's bytes: no string per item (a `Character` split was most
        // of an incremental build's reading of it, and a string per key 5 MB at 50,000 rows). An item with an escape
        // or a key that is not 64 hex digits is not one this writer wrote: no index.
        let field = record.raw(2)
        guard !field.isEmpty else { return RowIndex(byteCount: byteCount, rows: []) }
        return field.withUnsafeBufferPointer { field -> RowIndex? in
            var rows: [RowIndex.Row] = []
            rows.reserveCapacity(field.count / 76 + 1)
            var start = 0
            while start <= field.count {
                let end = field[start...].firstIndex(of: 0x1F) ?? field.count
                let item = UnsafeBufferPointer(rebasing: field[start..<end])
                guard let first = item.firstIndex(of: 0x20), let second = item[(first + 1)...].firstIndex(of: 0x20),
                    let key = Digest256(hexDigits: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: item[..<first]))),
                    let offset = decimal(item[(first + 1)..<second]), let length = decimal(item[(second + 1)...])
                else { return nil }
                rows.append(RowIndex.Row(key: key, offset: offset, length: length))
                start = end + 1
            }
            return RowIndex(byteCount: byteCount, rows: rows)
        }
    }

    /// ASCII digits as a number; nil when empty, not all digits, or longer than 18 digits.
    static func decimal(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    @Sendable static func copiedFile(_ line: ArraySlice<UInt8>) -> CopiedFile? {
        let record = CacheLines.Record(line: line)
        guard let a = record.number(1), let b = record.number(2), let c = record.number(3), let d = record.number(4) else { return nil }
        return CopiedFile(source: FileStamp(size: Int64(a), modified: Int64(b)), copy: FileStamp(size: Int64(c), modified: Int64(d)))
    }
}
