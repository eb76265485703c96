import Foundation

/// `BuildCache` in `CacheLines` format. Records, each kind in key order so the same build writes the same file:
///
///     docloc-build-cache  format
///     generator           text
///     search              size of the search-entry file
///     document            path fingerprint byteCount title assetID? anchors… diagnostics(JSON, or empty)
///     page                outputPath key output usedFiles… includeLookups… searchOffset searchLength
///     verdict             key status machineTranslated handoffDate? recordedFingerprint? findingCount
///     finding             kind message sourceLine? translationLine?       (the findings of the verdict above)
///     rendered            outputPath key output
///     copied              path sourceSize sourceModified copySize copyModified
///     end                 number of records before it
///
/// A file without its `end` record (cut short) or of another format is not used at all.
extension BuildCache {
    public func encoded() -> [UInt8] {
        var writer = CacheLines.Writer()
        let json = JSONEncoder()
        json.outputFormatting = [.sortedKeys]
        writer.record("docloc-build-cache", [.number(Self.format)])
        writer.record("generator", [.text(generator)])
        writer.record("search", [.number(searchFileSize)])
        for path in documents.keys.sorted() {
            guard let summary = documents[path] else { continue }
            let diagnostics = summary.diagnostics.isEmpty
                ? "" : String(decoding: (try? json.encode(summary.diagnostics)) ?? Data(), as: UTF8.self)
            writer.record("document", [
                .text(path), .text(summary.fingerprint), .number(summary.byteCount), .text(summary.title),
                .optional(summary.assetID), .list(summary.anchors), .text(diagnostics),
            ])
        }
        for path in pages.keys.sorted() {
            guard let entry = pages[path] else { continue }
            writer.record("page", [
                .text(path), .text(entry.key), .text(entry.output), .list(entry.usedFiles), .list(entry.includeLookups),
                .number(entry.search.lowerBound), .number(entry.search.count),
            ])
        }
        for key in verdicts.keys.sorted() {
            guard let verdict = verdicts[key] else { continue }
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
        for path in rendered.keys.sorted() {
            guard let entry = rendered[path] else { continue }
            writer.record("rendered", [.text(path), .text(entry.key), .text(entry.output)])
        }
        for path in copied.keys.sorted() {
            guard let file = copied[path] else { continue }
            writer.record("copied", [
                .text(path), .number(Int(file.source.size)), .number(Int(file.source.modified)), .number(Int(file.copy.size)),
                .number(Int(file.copy.modified)),
            ])
        }
        let count = writer.bytes.count { $0 == 0x0A }
        writer.record("end", [.number(count)])
        return writer.bytes
    }

    /// The cache in `bytes`; nil when they are not a whole cache of this format.
    static func decoded(_ bytes: [UInt8]) -> BuildCache? {
        let records = CacheLines.records(bytes)
        guard let header = records.first, header.tag == "docloc-build-cache", header.number(0) == format,
            let end = records.last, end.tag == "end", end.number(0) == records.count - 1
        else { return nil }
        var cache = BuildCache()
        var openVerdict: String?
        var findingCounts: [String: Int] = [:]
        for record in records.dropFirst().dropLast() {
            switch record.tag {
            case "generator":
                cache.generator = record.text(0)
            case "search":
                guard let size = record.number(0) else { return nil }
                cache.searchFileSize = size
            case "document":
                let json = record.text(6)
                guard let byteCount = record.number(2),
                    let diagnostics = json.isEmpty ? [] : try? JSONDecoder().decode([Diagnostic].self, from: Data(json.utf8))
                else { return nil }
                cache.documents[record.text(0)] = DocumentSummary(
                    fingerprint: record.text(1), byteCount: byteCount, title: record.text(3), assetID: record.optional(4),
                    anchors: record.list(5), diagnostics: diagnostics)
            case "page":
                guard let offset = record.number(5), let length = record.number(6), offset >= 0, length >= 0 else { return nil }
                cache.pages[record.text(0)] = Entry(
                    key: record.text(1), output: record.text(2), usedFiles: record.list(3), includeLookups: record.list(4),
                    search: offset..<(offset + length))
            case "verdict":
                guard let status = DriftStatus(rawValue: record.text(1)), let count = record.number(5) else { return nil }
                let key = record.text(0)
                findingCounts[key] = count
                cache.verdicts[key] = Verdict(
                    status: status, findings: [], isMachineTranslated: record.flag(2), handoffDate: record.optional(3),
                    recordedFingerprint: record.optional(4))
                openVerdict = key
            case "finding":
                guard let key = openVerdict else { return nil }
                cache.verdicts[key]?.findings.append(
                    DriftFinding(kind: record.text(0), message: record.text(1), sourceLine: record.number(2), translationLine: record.number(3)))
            case "rendered":
                cache.rendered[record.text(0)] = Rendered(key: record.text(1), output: record.text(2))
            case "copied":
                guard let a = record.number(1), let b = record.number(2), let c = record.number(3), let d = record.number(4) else { return nil }
                cache.copied[record.text(0)] = CopiedFile(
                    source: FileStamp(size: Int64(a), modified: Int64(b)), copy: FileStamp(size: Int64(c), modified: Int64(d)))
            default:
                return nil
            }
        }
        // Every verdict has the findings it said it had.
        guard findingCounts.allSatisfy({ cache.verdicts[$0.key]?.findings.count == $0.value }) else { return nil }
        return cache
    }
}
