import Foundation
import Testing
@testable import DocLoc

/// The cache file's line format: every field round-trips, whatever text it holds, and a file cut short or of
/// another format is not used at all.
@Suite struct BuildCacheLinesTests {
    static let awkward = "tab\there, line\nfeed, cr\r, back\\slash, unit\u{1F}sep, \\t literal, ünï, 🙂"

    static func sample() -> BuildCache {
        var cache = BuildCache(generator: "docloc\n123\n1.5")
        cache.searchFileSize = 4_096
        cache.documents["nl-NL/a b.md"] = DocumentSummary(
            fingerprint: "abc", byteCount: 12, title: awkward, assetID: "", anchors: ["x", awkward, ""],
            diagnostics: [Diagnostic(rule: "front-matter", severity: .error, file: "nl-NL/a b.md", at: .fileStart, summary: awkward)])
        cache.documents["en-US/b.md"] = DocumentSummary(fingerprint: "def", byteCount: 0, title: "", assetID: nil, anchors: [], diagnostics: [])
        cache.pages["nl-NL/a.html"] = BuildCache.Entry(
            key: "k", output: "o", usedFiles: ["media/x.png", awkward], includeLookups: [], search: 120..<385,
            byteCount: 2_048)
        var verdict = BuildCache.Verdict(
            status: .outdated, findings: [], isMachineTranslated: true, handoffDate: nil, recordedFingerprint: "r")
        verdict.findings = [
            DriftFinding(kind: "section-added", message: awkward, sourceLine: 3), DriftFinding(kind: "structure", message: "", translationLine: 9),
        ]
        cache.verdicts["v1"] = verdict
        cache.verdicts["v2"] = BuildCache.Verdict(
            status: .current, findings: [], isMachineTranslated: false, handoffDate: "2024-01-01", recordedFingerprint: nil)
        cache.rendered["index.html"] = BuildCache.Rendered(key: "a", output: "b")
        cache.rendered["nl-NL/search-index.json"] = BuildCache.Rendered(key: "c", output: "", byteCount: 4_321)
        cache.rows["translation-status.html"] = BuildCache.RowIndex(
            byteCount: 900, rows: [.init(key: Digest256(Array(0..<32)), offset: 10, length: 20), .init(key: Digest256([0xFF]), offset: 30, length: 0)])
        cache.copied["en-US/media/x.png"] = BuildCache.CopiedFile(
            source: FileStamp(size: 10, modified: 1_700_000_000_123_456_789), copy: FileStamp(size: 10, modified: -1))
        return cache
    }

    @Test func everyFieldRoundTrips() throws {
        let cache = Self.sample()
        let bytes = cache.encoded()
        #expect(try #require(BuildCache.decoded(bytes)) == cache)
        // One record per line: the awkward text never breaks a line.
        let lines = bytes.split(separator: 0x0A)
        #expect(lines.count == 15)
        #expect(cache.encoded() == bytes)
    }

    /// A document record copied from the previous cache is byte for byte the one its summary would write.
    @Test func aCopiedDocumentRecordIsTheOneItsSummaryWrites() throws {
        let cache = try #require(BuildCache.decoded(Self.sample().encoded()))
        for path in ["nl-NL/a b.md", "en-US/b.md"] {
            let summary = try #require(cache.documents[path])
            Self.expectCopy(of: try #require(cache.documents.storedRecord(path)), lines: 1) {
                BuildCache.record(document: path, summary, into: &$0)
            }
        }
        var changed = cache.documents
        changed["en-US/b.md"] = DocumentSummary(fingerprint: "new", byteCount: 1, title: "", assetID: nil, anchors: [], diagnostics: [])
        #expect(changed.storedRecord("en-US/b.md") == nil)
    }

    /// A verdict copied from the previous cache is its line and its findings' lines, counted as such for the `end` record.
    @Test func aCopiedVerdictRecordIsTheOneItsVerdictWrites() throws {
        let cache = try #require(BuildCache.decoded(Self.sample().encoded()))
        for (key, lines) in [("v1", 3), ("v2", 1)] {
            let verdict = try #require(cache.verdicts[key])
            Self.expectCopy(of: try #require(cache.verdicts.storedRecord(key)), lines: lines) {
                BuildCache.record(verdict: key, verdict, into: &$0)
            }
        }
    }

    /// Copying `record` gives the bytes `write` gives, and both count `lines` lines.
    private static func expectCopy(of record: ArraySlice<UInt8>, lines: Int, write: (inout CacheLines.Writer) -> Void) {
        var copied = CacheLines.Writer()
        copied.copy(lines: record)
        var written = CacheLines.Writer()
        write(&written)
        #expect(copied.bytes == written.bytes)
        #expect(copied.count == lines)
        #expect(written.count == lines)
    }

    @Test func aFileCutShortOrOfAnotherFormatIsNotUsed() throws {
        let bytes = Self.sample().encoded()
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let withoutEnd = Array(lines.dropLast(2).joined(separator: [0x0A])) + [0x0A]
        #expect(BuildCache.decoded(withoutEnd) == nil)
        #expect(BuildCache.decoded(Array(bytes.prefix(bytes.count / 2))) == nil)
        let otherFormat = Array(String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "docloc-build-cache\t\(BuildCache.format)", with: "docloc-build-cache\t99").utf8)
        #expect(BuildCache.decoded(otherFormat) == nil)
        #expect(BuildCache.decoded(Array("{\"format\": 2}".utf8)) == nil)
        #expect(BuildCache.decoded([]) == nil)
        // A verdict that lost one of its findings.
        let text = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let withoutFinding = text.filter { !$0.hasPrefix("finding\tstructure") }
        var relined = Array(withoutFinding.joined(separator: "\n").utf8)
        relined = Array(String(decoding: relined, as: UTF8.self).replacingOccurrences(of: "end\t13", with: "end\t12").utf8)
        #expect(BuildCache.decoded(relined) == nil)
    }

    @Test func aCacheOfAnotherGeneratorLoadsEmpty() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = Self.sample()
        try Data(cache.encoded()).write(to: folder.appendingPathComponent(BuildCache.fileName))
        #expect(BuildCache.load(from: folder, generator: cache.generator) == cache)
        #expect(BuildCache.load(from: folder, generator: "other") == BuildCache(generator: "other"))
    }

    /// A build writes its cache as it goes, in the order it finds things; the file reads back as the same cache,
    /// and one the build never finished is not used.
    @Test func aCacheWrittenAsTheBuildGoesReadsBackTheSame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = Self.sample()
        func write(finishing: Bool) throws -> [UInt8] {
            let path = folder.appendingPathComponent(BuildCache.fileName).path
            let writer = try BuildCacheWriter(path: path, reportedPath: path, generator: cache.generator)
            for key in cache.verdicts.keys.sorted().reversed() { try writer.verdict(key, try #require(cache.verdicts[key])) }
            for key in cache.pages.keys { try writer.page(key, try #require(cache.pages[key])) }
            for key in cache.documents.keys.sorted().reversed() { try writer.document(key, try #require(cache.documents[key])) }
            for key in cache.copied.keys { try writer.copied(key, try #require(cache.copied[key])) }
            for key in cache.rendered.keys { try writer.rendered(key, try #require(cache.rendered[key])) }
            for key in cache.rows.keys { try writer.rows(key, try #require(cache.rows[key])) }
            if finishing { try writer.finish(searchFileSize: cache.searchFileSize) }
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(try #require(BuildCache.decoded(try write(finishing: true))) == cache)
        #expect(BuildCache.decoded(try write(finishing: false)) == nil)
    }

    /// Records are decoded when looked up: one that cannot be read is a miss, and the others are still used.
    @Test func aRecordThatCannotBeReadIsAMiss() throws {
        let text = String(decoding: Self.sample().encoded(), as: UTF8.self)
            .replacingOccurrences(of: "\t120\t265\t", with: "\tnot-a-number\t265\t")
        let cache = try #require(BuildCache.decoded(Array(text.utf8)))
        #expect(cache.pages["nl-NL/a.html"] == nil)
        #expect(cache.documents["en-US/b.md"]?.fingerprint == "def")
        #expect(cache.verdicts["v1"]?.findings.count == 2)
        // A row "key offset length" with a part that is not a number, or a key that is not 64 hex digits (escaped,
        // short, long, not hex): the page's rows are a miss.
        let key = Digest256(Array(0..<32)).hex
        let broken = [
            "\(key) 1x 20", "\(key) 10", "\(key)  10 20", "\(key) 10 -2", "\(key) 10 99999999999999999999", "k1 10 20",
            "\(key.dropLast()) 10 20", "\(key)0 10 20", "g\(key.dropFirst()) 10 20", "\\t\(key.dropFirst(2)) 10 20", " 10 20", "",
        ]
        for broken in broken {
            let text = String(decoding: Self.sample().encoded(), as: UTF8.self).replacingOccurrences(of: "\(key) 10 20", with: broken)
            let cache = try #require(BuildCache.decoded(Array(text.utf8)))
            #expect(cache.rows["translation-status.html"] == nil, "\(broken)")
            #expect(cache.rendered["index.html"] != nil)
        }
    }

    /// The record's hand-written split gives the standard library's answers: tag and fields, a field count or not.
    @Test func aRecordSplitsAsTheGenericSplitDoes() {
        let lines = ["", "tag", "tag\t", "\t", "\t\t", "p\ta\tb", "p\ta\tb\t", "p\t\t\tz", "d\tone\ttwo\tthree\tfour"]
        for text in lines {
            // A slice of a larger buffer, as the cache's lines are.
            let line = Array(("x\n" + text + "\ny").utf8)[2..<(2 + text.utf8.count)]
            for count in [nil, 0, 1, 2, 5] as [Int?] {
                let expected = line.split(separator: 0x09, maxSplits: count.map { $0 + 1 } ?? Int.max, omittingEmptySubsequences: false)
                let record = CacheLines.Record(line: line, fields: count)
                #expect(record.tag == String(decoding: expected[0], as: UTF8.self), "\(text) \(String(describing: count))")
                for index in 0..<6 {
                    let field = index + 1 < expected.count ? String(decoding: expected[index + 1], as: UTF8.self) : ""
                    #expect(record.text(index) == field, "\(text) \(String(describing: count)) \(index)")
                }
            }
        }
    }

    /// A list of anchor names read straight into the NUL-joined form a document holds, when that is only a copy;
    /// anything else (escapes, non-ASCII, empty or unsorted items) is left to the general path.
    @Test func anAscendingASCIIListIsJoinedAsItStands() {
        func joined(_ field: String) -> String? {
            let line = Array(("d\t" + field).utf8)
            return CacheLines.Record(line: line[...]).joinedAscendingList(0)
        }
        #expect(joined("") == "")
        #expect(joined("a") == "a")
        #expect(joined("a\u{1F}b-c\u{1F}b-d") == "a\u{0}b-c\u{0}b-d")
        for field in ["b\u{1F}a", "a\u{1F}a", "a\u{1F}", "\u{1F}a", "a\\tb", "ü\u{1F}z", "a\u{1F}B"] {
            #expect(joined(field) == nil, "\(field)")
        }
        // Whichever path reads it, a summary's anchors are sorted, unique and without empty names.
        for anchors in [["b", "a", "a", ""], ["x", Self.awkward], ["ünï", "zeta", "Alpha"], []] {
            var written = BuildCache(generator: "g")
            let summary = DocumentSummary(fingerprint: "f", byteCount: 1, title: "t", assetID: nil, anchors: anchors, diagnostics: [])
            written.documents["en-US/a.md"] = summary
            let read = BuildCache.decoded(written.encoded())?.documents["en-US/a.md"]
            #expect(read?.anchors == Array(Set(anchors.filter { !$0.isEmpty })).sorted(), "\(anchors)")
            #expect(read == summary)
        }
    }

    /// A list held joined (a document's anchors) is written byte for byte as the same items given one by one.
    @Test func aJoinedListIsWrittenAsItsItems() {
        for items in [[], ["a"], ["a", "b-c"], [Self.awkward, "tab\there", "unit\u{1F}x", "back\\slash", "ü🙂"], ["\r\n"]] {
            var joined = CacheLines.Writer()
            joined.record("d", [.text("x"), .joined(items.joined(separator: "\u{0}"), separator: 0), .text("y")])
            var listed = CacheLines.Writer()
            listed.record("d", [.text("x"), .list(items), .text("y")])
            #expect(joined.bytes == listed.bytes, "\(items)")
        }
    }

    @Test func bytesSplitAndLineEndsAsTheStandardLibraryFindsThem() {
        for text in ["", "\n", "a", "a\nb", "\n\na\n", "ab\ncd\n", "ü\n🙂\nx"] {
            let bytes = Array(("p" + text + "q").utf8)
            let slice = bytes[1..<(bytes.count - 1)]
            let expected = slice.split(separator: 0x0A, omittingEmptySubsequences: false)
            #expect(CacheLines.split(slice, at: 0x0A) == expected, "\(text.debugDescription)")
            #expect(CacheLines.split(slice, at: 0x0A, maxSplits: 1) == slice.split(separator: 0x0A, maxSplits: 1, omittingEmptySubsequences: false))
            for start in 0...bytes.count {
                #expect(CacheLines.lineEnd(in: bytes, from: start) == (bytes[start...].firstIndex(of: 0x0A) ?? bytes.count))
            }
        }
    }

    /// A page linked from the previous site keeps its record, with its search entry's new place: the copy is byte
    /// for byte the record its entry writes; an entry of another length is not copied.
    @Test func aCopiedPageRecordIsTheOneItsEntryWrites() throws {
        var sample = Self.sample()
        sample.pages["nl-NL/" + Self.awkward + ".html"] = BuildCache.Entry(
            key: Self.awkward, output: "o", usedFiles: [], includeLookups: [Self.awkward, "x"], search: 0..<7, byteCount: nil)
        let cache = try #require(BuildCache.decoded(sample.encoded()))
        for path in cache.pages.keys {
            var entry = try #require(cache.pages[path])
            let record = try #require(cache.pages.storedRecord(path))
            for offset in [0, entry.search.lowerBound, 9_999_999] {
                entry.search = offset..<(offset + entry.search.count)
                var copied = CacheLines.Writer()
                #expect(BuildCache.record(page: record, search: entry.search, into: &copied))
                var written = CacheLines.Writer()
                BuildCache.record(page: path, entry, into: &written)
                #expect(copied.bytes == written.bytes)
                #expect(copied.count == 1)
            }
            var refused = CacheLines.Writer()
            #expect(!BuildCache.record(page: record, search: 0..<(entry.search.count + 1), into: &refused))
            #expect(refused.bytes.isEmpty && refused.count == 0)
        }
        // A line with fewer fields than the one replaced is not copied.
        var writer = CacheLines.Writer()
        let short = writer.copy(line: Array("page\ta".utf8)[...], replacingField: 2, with: "1")
        #expect(!short)
        let replaced = writer.copy(line: Array("page\ta\tb".utf8)[...], replacingField: 1, with: "tab\there")
        #expect(replaced)
        #expect(writer.bytes == Array("page\ttab\\there\tb\n".utf8))
    }

    /// What the one pass over the file refuses: a finding without its verdict, a verdict with more or fewer findings
    /// than it counts, a record of no known kind; blank lines are skipped.
    @Test func aMalformedVerdictOrUnknownRecordIsNotUsed() throws {
        let text = String(decoding: Self.sample().encoded(), as: UTF8.self)
        func decoded(_ text: String) -> BuildCache? { BuildCache.decoded(Array(text.utf8)) }
        #expect(decoded(text) != nil)
        #expect(decoded(text.replacingOccurrences(of: "\ncopied\t", with: "\n\n\ncopied\t")) == Self.sample())
        let lines = text.split(separator: "\n").map(String.init)
        let end = try #require(lines.firstIndex { $0.hasPrefix("end\t") })
        func relined(_ lines: [String]) -> String {
            var lines = lines
            let end = lines.firstIndex { $0.hasPrefix("end\t") }!
            lines[end] = "end\t\(lines.count - 1)"
            return lines.joined(separator: "\n") + "\n"
        }
        #expect(decoded(relined(lines)) == Self.sample())
        let firstFinding = try #require(lines.firstIndex { $0.hasPrefix("finding\t") })
        // A finding right after the header, a verdict's finding repeated, an unknown tag.
        var moved = lines
        moved.insert(lines[firstFinding], at: 1)
        #expect(decoded(relined(moved)) == nil)
        var repeated = lines
        repeated.insert(lines[firstFinding], at: firstFinding)
        #expect(decoded(relined(repeated)) == nil)
        var unknown = lines
        unknown.insert("pages\tx", at: end)
        #expect(decoded(relined(unknown)) == nil)
    }

    /// A document record describes a document of the same path, fingerprint, size and modification time — an escaped
    /// path compared as its text — and no other.
    @Test func aDocumentRecordDescribesOnlyItsDocument() throws {
        let fingerprint = "a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"
        for relativePath in ["a.md", "admin/" + Self.awkward + ".md"] {
            func document(path: String = relativePath, fingerprint: String? = fingerprint, size: Int = 12, modified: Int64 = 1_700_000_000_123) -> Document {
                var document = Document(locale: "nl-NL", relativePath: path, article: Article(path: "nl-NL/" + path), fingerprint: fingerprint)
                document.byteCount = size
                document.modified = modified
                return document
            }
            let summary = DocumentSummary(
                fingerprint: fingerprint, byteCount: 12, modified: 1_700_000_000_123, title: "t", assetID: nil, anchors: ["x"], diagnostics: [])
            var writer = CacheLines.Writer()
            BuildCache.record(document: "nl-NL/" + relativePath, summary, into: &writer)
            let line = writer.bytes.dropLast()
            #expect(BuildCache.documentRecord(line, describes: document()))
            #expect(!BuildCache.documentRecord(line, describes: document(path: relativePath + "x")))
            #expect(!BuildCache.documentRecord(line, describes: document(fingerprint: "b94a8fe5ccb19ba61c4c0873d391e987982fbbd3")))
            #expect(!BuildCache.documentRecord(line, describes: document(fingerprint: nil)))
            #expect(!BuildCache.documentRecord(line, describes: document(size: 13)))
            #expect(!BuildCache.documentRecord(line, describes: document(modified: 1_700_000_000_124)))
            #expect(!BuildCache.documentRecord(line.dropLast(4), describes: document()))
        }
    }
}
