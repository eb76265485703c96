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
        /// nil: the previous build's page has this key, and is linked unless it changed since.
        var html: String?
    }

    func prepare(_ path: String, template: String, values: [String: Any]) -> Prepared {
        var hasher = StableHasher()
        hasher.add(template)
        hasher.add(siteKey)
        TemplateValues.add(values, to: &hasher)
        let key = hasher.finalize()
        let unchanged = previous.rendered[path]?.key == key
        return Prepared(path: path, template: template, key: key, html: unchanged ? nil : theme.render(template, values))
    }
}
