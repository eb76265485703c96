import Testing
@testable import DocLoc

/// The sorted lists answer every lookup as the dictionary they were made from does.
@Suite struct ArticlePageIndexTests {
    @Test func answersAsTheDictionaryDoes() {
        var dictionary: [String: [String: String]] = ["en-US": [:], "nl-NL": [:]]
        let paths = [
            "a.md", "a-b.md", "a/b.md", "admin/misc/user-consent.md", "Z.md", "zz.md", "caf\u{E9}.md", "ü/x y.md", "b.md",
        ]
        for (index, path) in paths.enumerated() {
            dictionary["en-US"]?[path] = "en-US/\(index).html"
            if index % 2 == 0 { dictionary["nl-NL"]?[path] = "nl-NL/\(index).html" }
        }
        let index = ArticlePageIndex(dictionary)
        // Every path, some missing ones, and a decomposed é (the same key to a Swift dictionary).
        for path in paths + ["", "a", "a.m", "c.md", "zzz.md", "cafe\u{301}.md"] {
            for locale in ["en-US", "nl-NL", "de-DE"] {
                #expect(index.output(locale: locale, path: path) == dictionary[locale]?[path], "\(locale) \(path)")
            }
        }
        #expect(index.locales == ["en-US", "nl-NL"])
        #expect(index.entries(in: "nl-NL").map(\.path) == dictionary["nl-NL"]!.keys.sorted())
        #expect(index.entries(in: "de-DE").isEmpty)
    }
}
