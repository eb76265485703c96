import Foundation
import Testing
@testable import DocLoc

/// The link checker over real sites: every internal link and fragment of the built site resolves, except
/// the ones whose source is already broken in the Markdown (what `link-broken`, `anchor-missing` and
/// `image-missing` report).
@Suite struct SiteLinkTests {
    /// Builds `root` and returns the checker and the content set.
    static func build(_ root: URL) throws -> (SiteChecker, ContentSet, URL) {
        let content = try ContentLoader(root: root).load()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-links-\(UUID().uuidString)")
        let result = try SiteBuilder(content: content, drift: DriftEngine().report(for: content), theme: Theme.load(overrides: nil), verify: true)
            .build(into: out)
        #expect(result.malformed.isEmpty, "\(result.malformed)")
        return (try SiteChecker(root: out), content, out)
    }

    /// Whether a broken link on the site is explained by the content: the article it leads to does not
    /// exist in any locale, or does not define the fragment, or the file is not in the content tree.
    static func isExplained(_ broken: SiteChecker.Broken, content: ContentSet, plan: SitePlan) -> Bool {
        let (locale, rest) = SitePath.splitLocale(broken.target)
        if broken.reason == "no such file" {
            if rest.hasSuffix(".html") {
                let markdown = String(rest.dropLast(5)) + ".md"
                return !content.configuration.locales.contains { content.document(at: $0 + "/" + markdown) != nil }
            }
            return !content.fileExists(broken.target) && !content.configuration.locales.contains { content.fileExists($0 + "/" + rest) }
        }
        guard let page = plan.pages.first(where: { $0.outputPath == broken.target }), let fragment = broken.fragment else { return false }
        _ = locale
        return !content.documents[page.document].article.anchorNames.contains(fragment)
    }

    @Test func seedSiteHasNoBrokenLinks() throws {
        let (checker, _, out) = try Self.build(TestPaths.content)
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(checker.malformed.isEmpty)
        #expect(checker.brokenLinks().isEmpty, "\(checker.brokenLinks())")
    }

    @Test(.enabled(if: TestPaths.hasCorpus))
    func corpusLinksResolveExceptThoseBrokenInTheSource() throws {
        let (checker, content, out) = try Self.build(TestPaths.corpus)
        defer { try? FileManager.default.removeItem(at: out) }
        let plan = SitePlan(content: content, drift: DriftEngine().report(for: content))
        #expect(checker.malformed.isEmpty, "\(checker.malformed)")
        let broken = checker.brokenLinks()
        let unexplained = broken.filter { !Self.isExplained($0, content: content, plan: plan) }
        #expect(unexplained.isEmpty, "\(unexplained.count) of \(broken.count): \(unexplained.prefix(30))")
        // Every anchor an article defines is an id on its page.
        for page in plan.pages {
            let missing = content.documents[page.document].article.anchorNames.subtracting(checker.ids[page.outputPath] ?? [])
            #expect(missing.isEmpty, "\(page.outputPath) lacks \(missing.sorted())")
        }
    }
}
