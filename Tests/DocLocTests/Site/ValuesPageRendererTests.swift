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
        #expect(first.html == theme.render("language-chooser", values))
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
}
