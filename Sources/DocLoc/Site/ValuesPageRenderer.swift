import Foundation

/// The part of writing a page made from template values alone (locale index, language chooser, dashboard) that
/// touches no file: its cache key — the template, `PageInputs.siteKey` and the values — and, unless the previous build
/// wrote a page with the same key, its HTML. Safe on any thread: the dashboard, the largest such page, is prepared
/// beside the other site-wide files (`SiteBuilder.writeSitePages`); `SiteWriter.write` then links or writes it.
struct ValuesPageRenderer: Sendable {
    let theme: Theme
    let siteKey: String
    var previous: BuildCache
    /// The previous site's folder, and when its cache was written: a page written again copies the rows whose keys
    /// did not change from the previous page (`StreamedRows`) when that file is as the previous build wrote it — of
    /// its recorded size and older than the cache, else of its recorded SHA-256 (as `OutputFolder.reusePage` trusts
    /// an article page; the dashboard is written last, often within the clock tick of the cache).
    var previousSite: String?
    var trustedBefore: Int64 = 0

    struct Prepared: Sendable {
        var path: String
        var template: String
        var key: String
        /// nil: the previous build's page has this key, and is linked unless it changed since; or it is written.
        var html: String?
        /// The SHA-256 of the page's bytes when it was written already, its rows streamed (`StreamedRows`).
        var writtenDigest: String?
        /// Where the streamed rows stand in the written page.
        var rows: BuildCache.RowIndex?
        /// How many rows were written, and how many of them copied from the previous page.
        var rowCount = 0
        var copiedRows = 0
    }

    /// `file`: where to write the page at once when its long lists can be streamed (see `StreamedRows`); the page
    /// is rendered whole otherwise (and when writing fails: `SiteWriter.write` then writes it and reports the error).
    func prepare(_ path: String, template: String, values: [String: Any], streamingInto file: String? = nil) -> Prepared {
        var hasher = StableHasher()
        hasher.add(template)
        hasher.add(siteKey)
        TemplateValues.add(values, to: &hasher)
        let key = hasher.finalize()
        var prepared = Prepared(path: path, template: template, key: key)
        guard previous.rendered[path]?.key != key else { return prepared }
        let streamed = StreamedRows(theme: theme, template: template, values: values)
        if let file, let written = try? streamed.write(to: file, rowKeys: siteKey, previous: previousRows(of: path)) {
            prepared.writtenDigest = written.digest
            prepared.rows = written.index
            prepared.rowCount = written.rowCount
            prepared.copiedRows = written.copiedRows
        } else {
            prepared.html = theme.render(template, values)
        }
        return prepared
    }

    /// The rows of the previous build's page at `path`, when its file is as that build wrote it.
    private func previousRows(of path: String) -> StreamedRows.PreviousRows? {
        guard let previousSite, let index = previous.rows[path], !index.rows.isEmpty else { return nil }
        let file = previousSite + "/" + path
        guard let stamp = FileStamp.of(path: file, followingLinks: false), stamp.size == index.byteCount else { return nil }
        if stamp.modified >= trustedBefore {
            guard let digest = previous.rendered[path]?.output, FileDigest.sha256(ofFile: file) == digest else { return nil }
        }
        return StreamedRows.PreviousRows(path: file, index: index)
    }
}
