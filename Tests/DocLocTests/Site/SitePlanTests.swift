import Foundation
import Testing
@testable import DocLoc

@Suite struct SitePlanTests {
    /// The pages of each document, grouped as the builder groups them to find them batch by batch: a source has
    /// its own page and a fallback page in every locale that lacks the translation; a translation has one page.
    @Test func pagesGroupedByDocumentInPageOrder() {
        func document(_ path: String) -> Document {
            let (locale, rest) = SitePath.splitLocale(path)
            return Document(locale: locale, relativePath: rest, article: Article(path: path))
        }
        let documents = ["en-US/a.md", "en-US/b.md", "nl-NL/a.md", "nl-NL/orphan.md"].map(document)
        let configuration = Configuration(source: "en-US", translations: ["nl-NL", "de-DE"])
        let content = ContentSet(
            root: URL(fileURLWithPath: "/nonexistent"), configuration: configuration, documents: documents, diagnostics: [],
            pairs: TranslationPairer(configuration: configuration).pairs(documents))
        let plan = SitePlan(content: content, drift: nil)
        let index = FlatGroups(count: documents.count, groups: plan.pages.lazy.map(\.document))
        var expected: [Int: [Int]] = [:]
        for (page, entry) in plan.pages.enumerated() { expected[entry.document, default: []].append(page) }
        for document in documents.indices {
            #expect(Array(index.items(of: document)) == (expected[document] ?? []), "document \(document)")
        }
        let outputs = { (document: Int) in index.items(of: document).map { plan.pages[$0].outputPath } }
        #expect(outputs(0) == ["de-DE/a.html", "en-US/a.html"])
        #expect(outputs(1) == ["de-DE/b.html", "en-US/b.html", "nl-NL/b.html"])
        #expect(outputs(2) == ["nl-NL/a.html"])
        #expect(outputs(3) == ["nl-NL/orphan.html"])
        #expect(index.items(of: 4).isEmpty)
        #expect(index.items(of: -1).isEmpty)
    }
}
