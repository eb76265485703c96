/// The part of writing a page made from template values alone (locale index, language chooser, dashboard) that
/// touches no file: its cache key — the template, `PageInputs.siteKey` and the values — and, unless the previous build
/// wrote a page with the same key, its HTML. Safe on any thread: the dashboard, the largest such page, is prepared
/// beside the other site-wide files (`SiteBuilder.writeSitePages`); `SiteWriter.write` then links or writes it.
struct ValuesPageRenderer: Sendable {
    let theme: Theme
    let siteKey: String
    let previous: BuildCache

    struct Prepared: Sendable {
        var path: String
        var template: String
        var key: String
        /// nil: the previous build's page has this key, and is linked unless it changed since; or it is written.
        var html: String?
        /// The SHA-256 of the page's bytes when it was written already, its rows streamed (`StreamedRows`).
        var writtenDigest: String?
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
        if let file, let digest = try? StreamedRows(theme: theme, template: template, values: values).write(to: file) {
            prepared.writtenDigest = digest
        } else {
            prepared.html = theme.render(template, values)
        }
        return prepared
    }
}
