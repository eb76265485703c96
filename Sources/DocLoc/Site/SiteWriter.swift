import Foundation

/// What a build writes besides the article pages, and the record of everything written: each file goes into the
/// staging folder, is listed for the manifest (`written`), checked with libxml2 under `verify` (`malformed`), and
/// noted in the build cache when the next incremental build can reuse it (pages made from template values,
/// copied content files).
final class SiteWriter {
    let folder: OutputFolder
    let verify: Bool
    let cache: BuildCacheWriter
    /// The previous build's tables for the site-wide files; let go once they are written (`releasePrevious`).
    private(set) var previous: BuildCache
    /// Keys and renders the pages made from template values; Sendable, so a large one can be prepared on another
    /// thread while this writer goes on.
    private(set) var renderer: ValuesPageRenderer
    private(set) var written: [String] = []
    private(set) var malformed: [MalformedPage] = []
    /// The files written as a stream (not compared with the published site before): the published file takes the
    /// place of one that came out the same (`OutputFolder.keepPublished`, before the swap).
    private(set) var streamed: [String] = []

    /// How many rows of streamed pages were written, and how many of them copied from the previous site.
    private(set) var writtenRows = 0
    private(set) var copiedRows = 0

    /// `trustedBefore`: when the previous build wrote its cache (a previous page of its recorded size and older is
    /// as written; see `ValuesPageRenderer`).
    init(
        folder: OutputFolder, verify: Bool, cache: BuildCacheWriter, previous: BuildCache, theme: Theme, siteKey: String,
        trustedBefore: Int64 = 0
    ) {
        self.folder = folder
        self.verify = verify
        self.cache = cache
        self.previous = previous
        renderer = ValuesPageRenderer(
            theme: theme, siteKey: siteKey, previous: previous, previousSite: folder.destination.path, trustedBefore: trustedBefore)
    }

    /// Lets go of the previous build's tables, which only the site-wide files read: the swap after them walks the
    /// published site (at 50k pairs, the row indexes alone were 11.6 MB held under that step's peak).
    func releasePrevious() {
        previous = BuildCache(generator: previous.generator)
        renderer.previous = previous
    }

    /// Files written elsewhere (article pages, search indexes), for the manifest; `streamed`: written as a stream.
    func note(written paths: [String], streamed: Bool = false) {
        written += paths
        if streamed { self.streamed += paths }
    }

    func note(malformed error: WellFormednessError?, at path: String) {
        if let error { malformed.append(MalformedPage(path: path, error: error)) }
    }

    /// Writes a whole file; `check`: read it back with libxml2 under `verify` (not for CSS and scripts).
    func write(_ path: String, _ bytes: [UInt8], check: Bool = true) throws {
        try folder.write(path, bytes)
        written.append(path)
        if verify, check { note(malformed: LibXML2.xmlWellFormednessError(bytes), at: path) }
    }

    /// Writes a file that grows with the site piece by piece, and checks it by streaming through it.
    func writeStreamed(_ path: String, _ body: (StreamWriter) throws(FileWriter.Failure) -> Void) throws {
        let file = folder.stagingPath(path)
        do {
            try body(try StreamWriter(path: file))
        } catch {
            throw DocLocError.outputNotWritable(path: folder.destination.appendingPathComponent(path).path, reason: error.description)
        }
        written.append(path)
        streamed.append(path)
        if verify { note(malformed: LibXML2.xmlWellFormednessError(file: file), at: path) }
    }

    /// Renders a page made from template values alone — linked from the previous site instead when its values are
    /// the same.
    func render(_ path: String, template: String, values: [String: Any]) throws {
        try write(renderer.prepare(path, template: template, values: values, streamingInto: folder.stagingPath(path))) { values }
    }


    /// Writes a page prepared by `renderer` (on any thread): linked from the previous site when it has the previous
    /// page's key and that page is still as written, else rendered (again, when the link failed) and written.
    func write(_ page: ValuesPageRenderer.Prepared, values: () -> [String: Any]) throws {
        let path = page.path
        if let digest = page.writtenDigest {
            written.append(path)
            streamed.append(path)
            if verify { note(malformed: LibXML2.xmlWellFormednessError(file: folder.stagingPath(path)), at: path) }
            try cache.rendered(path, BuildCache.Rendered(key: page.key, output: digest))
            if let rows = page.rows, !rows.rows.isEmpty { try cache.rows(path, rows) }
            writtenRows += page.rowCount
            copiedRows += page.copiedRows
            return
        }
        if page.html == nil, let old = previous.rendered[path], folder.reuse(path, digest: old.output) {
            written.append(path)
            try cache.rendered(path, old)
            // The linked page keeps its rows where they were.
            if let record = previous.rows.storedRecord(path) {
                try cache.rows(copying: record)
            } else if let rows = previous.rows[path] {
                try cache.rows(path, rows)
            }
            if verify { note(malformed: LibXML2.xmlWellFormednessError(file: folder.stagingPath(path)), at: path) }
            return
        }
        // The page is written from the rendered string's own bytes: a dashboard of 50,000 rows is 23 MB, and every
        // copy of it counted in the build's peak memory.
        var html = page.html ?? renderer.theme.render(page.template, values())
        try? folder.createFolders(for: [path])
        let digest = html.withUTF8 { StableHasher.digest(UnsafeRawBufferPointer($0)) }
        try writeStreamed(path) { stream throws(FileWriter.Failure) in
            try stream.append(utf8Of: html)
            try stream.close()
        }
        try cache.rendered(path, BuildCache.Rendered(key: page.key, output: digest))
    }

    /// Copies the content files pages use (images) that are not written already, nor `reserved` for a file still to
    /// be written — linked from the previous site when neither the original nor the copy changed; returns how many
    /// were linked. Files are linked or copied on every core and recorded in order.
    func copy(_ paths: [String], from root: URL, reserved: Set<String> = []) throws -> Int {
        // The few wanted paths in a set, not every path written (100,000 pages at 50k pairs).
        let wanted = Set(paths)
        let writtenSoFar = Set(written.lazy.filter { wanted.contains($0) }).union(reserved)
        let todo = paths.filter { !writtenSoFar.contains($0) }
        try folder.createFolders(for: todo)
        let (folder, previous, rootPath) = (self.folder, self.previous, root.path)
        let outcomes = ParallelMap.map(todo) { path -> CopyOutcome in
            let source = rootPath + "/" + path
            if let old = previous.copied[path], folder.reuseCopy(ofPath: source, at: path, recorded: old) {
                return CopyOutcome(stamps: old, linked: true)
            }
            do {
                let copied = try folder.copy(fromPath: source, to: path)
                return CopyOutcome(stamps: copied.stamps, linked: copied.linked)
            } catch {
                return CopyOutcome(
                    stamps: nil, linked: false,
                    error: error as? DocLocError ?? .outputNotWritable(path: folder.destination.appendingPathComponent(path).path, reason: OutputFolder.reason(error)))
            }
        }
        if let error = outcomes.lazy.compactMap(\.error).first { throw error }
        for (path, outcome) in zip(todo, outcomes) {
            if let stamps = outcome.stamps { try cache.copied(path, stamps) }
            written.append(path)
        }
        return outcomes.count { $0.linked }
    }

    private struct CopyOutcome: Sendable {
        var stamps: BuildCache.CopiedFile?
        var linked: Bool
        var error: DocLocError?
    }
}
