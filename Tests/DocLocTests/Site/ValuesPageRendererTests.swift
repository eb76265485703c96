import Foundation
import Testing
@testable import DocLoc

/// A page made from template values is rendered unless the previous build wrote one with the same key; the key
/// follows the values, the template and the site key.
@Suite struct ValuesPageRendererTests {
    private let values: [String: Any] = [
        "title": "Alle artikelen", "lang": "nl-NL", "rows": [["title": "Één", "href": "a.html"], ["title": "Twee & drie"]],
    ]

    @Test func rendersWhenNewAndNotWhenTheKeyIsUnchanged() throws {
        let theme = try Theme.load(overrides: nil)
        let fresh = ValuesPageRenderer(theme: theme, siteKey: "site", previous: BuildCache())
        let first = fresh.prepare("index.html", template: "language-chooser", values: values)
        #expect(first.html == theme.mustacheOnly().render("language-chooser", values))
        #expect(first.key.count == 64)

        let previous = BuildCache(rendered: ["index.html": BuildCache.Rendered(key: first.key, output: "digest")])
        let again = ValuesPageRenderer(theme: theme, siteKey: "site", previous: previous)
            .prepare("index.html", template: "language-chooser", values: values)
        #expect(again.key == first.key)
        #expect(again.html == nil)

        var changed = values
        changed["title"] = "All articles"
        #expect(again.key != ValuesPageRenderer(theme: theme, siteKey: "site", previous: previous)
            .prepare("index.html", template: "language-chooser", values: changed).key)
        let otherSite = ValuesPageRenderer(theme: theme, siteKey: "other", previous: previous)
            .prepare("index.html", template: "language-chooser", values: values)
        #expect(otherSite.key != first.key)
        #expect(otherSite.html != nil)
    }

    /// A page with a long list is written at once, its rows streamed, when it is given a file: the same bytes, and
    /// the digest the cache records; a page without one is rendered as before.
    @Test func streamsAPageWithRowsIntoTheFileItIsGiven() throws {
        let theme = try Theme.load(overrides: nil)
        let values: [String: Any] = [
            "title": "Status", "locales": [["tag": "nl-NL", "rows": TemplateRows(count: 40) { ["path": "a\($0).md", "title": "T\($0) &"] }]],
        ]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-values-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let renderer = ValuesPageRenderer(theme: theme, siteKey: "site", previous: BuildCache())
        let page = renderer.prepare("translation-status.html", template: "translation-status", values: values, streamingInto: file)
        let whole = Array(theme.mustacheOnly().render("translation-status", values).utf8)
        #expect(page.html == nil)
        #expect(page.writtenDigest == StableHasher.digest(whole))
        #expect(FileManager.default.contents(atPath: file).map { [UInt8]($0) } == whole)
        #expect(renderer.prepare("index.html", template: "language-chooser", values: values, streamingInto: file + ".x").html != nil)
    }
}
