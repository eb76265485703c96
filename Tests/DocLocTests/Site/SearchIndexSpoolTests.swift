import Foundation
import Testing
@testable import DocLoc

/// `SearchIndexSpool`: entries spooled in any order come out as each locale's index, byte for byte what
/// `SearchIndex` writes for the same entries — `<` escaped in the script however many there are and wherever.
@Suite struct SearchIndexSpoolTests {
    static let entries = [
        SearchIndex.Entry(title: "a<b", url: "en-US/a.html", headings: ["<h>", "x"], text: "1 < 2 << 3"),
        SearchIndex.Entry(title: "plain", url: "en-US/b.html", headings: [], text: ""),
        SearchIndex.Entry(title: "<", url: "en-US/c.html", headings: ["<"], text: "ends with <"),
        SearchIndex.Entry(title: "ünï 🙂", url: "en-US/d.html", headings: [], text: String(repeating: "long text ", count: 9_000)),
    ]

    /// Read whole (a small spool) or an entry at a time (a large one): the same files.
    @Test(arguments: [0, Int.max]) func theIndexIsWhatSearchIndexWrites(wholeLimit: Int) throws {
        let folder = try ScenarioContent([:], config: nil)
        let spool = try SearchIndexSpool(path: folder.url("spool").path, pages: 4, wholeLimit: wholeLimit)
        // Spooled out of page order, as batches do.
        for page in [2, 0, 3, 1] { try spool.append(page: page, json: SearchIndex.json(Self.entries[page])) }
        for pages in [[0, 1, 2, 3], [2], [1, 3]] {
            let (json, script) = (folder.url("index.json").path, folder.url("index.js").path)
            let written = try spool.writeIndex(of: pages, json: json, script: script)
            let index = SearchIndex(entries: pages.map { Self.entries[$0] })
            // What it reports of each file: its size and SHA-256, as the cache records them.
            #expect(written.json.byteCount == index.json().count && written.json.digest == StableHasher.digest(index.json()))
            #expect(written.script.byteCount == index.script().count && written.script.digest == StableHasher.digest(index.script()))
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: json))) == index.json())
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: script))) == index.script())
        }
    }

    /// The key of an index is the same whether the spool is read whole or an entry at a time, and another for other
    /// entries, another order or another context.
    @Test func theKeyDependsOnTheEntriesNotOnHowTheyAreRead() throws {
        let folder = try ScenarioContent([:], config: nil)
        let (spool, byEntry) = (
            try SearchIndexSpool(path: folder.url("spool").path, pages: 4),
            try SearchIndexSpool(path: folder.url("spool-by-entry").path, pages: 4, wholeLimit: 0)
        )
        for page in [2, 0, 3, 1] {
            try spool.append(page: page, json: SearchIndex.json(Self.entries[page]))
            try byEntry.append(page: page, json: SearchIndex.json(Self.entries[page]))
        }
        let key = try spool.indexKey(of: [0, 1, 2, 3], context: "site")
        #expect(try byEntry.indexKey(of: [0, 1, 2, 3], context: "site") == key)
        #expect(try spool.indexKey(of: [0, 1, 3, 2], context: "site") != key)
        #expect(try spool.indexKey(of: [0, 1, 2], context: "site") != key)
        #expect(try spool.indexKey(of: [0, 1, 2, 3], context: "other") != key)
    }
}
