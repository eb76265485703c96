import Testing
@testable import DocLoc

/// A page's verdict is kept in a box, but pages compare and hash by the verdict's value.
@Suite struct SitePageTests {
    static func page(_ status: DriftStatus?) -> SitePage {
        let pair = TranslationPair(relativePath: "a.md", locale: "nl-NL", source: 0, translation: 1, match: .path)
        let drift = status.map {
            PairDrift(pair: pair, status: $0, findings: [], sourcePath: "en-US/a.md", translationPath: "nl-NL/a.md",
                isMachineTranslated: false, handoffDate: nil)
        }
        return SitePage(locale: "nl-NL", outputPath: "nl-NL/a.html", relativePath: "a.md", document: 1, kind: .translation,
            drift: drift, pair: 0, group: "a.md")
    }

    @Test func pagesCompareByTheirVerdictsValue() {
        #expect(Self.page(.outdated) == Self.page(.outdated))
        #expect(Self.page(.outdated).hashValue == Self.page(.outdated).hashValue)
        #expect(Self.page(.outdated) != Self.page(.current))
        #expect(Self.page(nil) != Self.page(.current))
        var page = Self.page(.current)
        page.drift?.status = .outdated
        #expect(page == Self.page(.outdated))
        #expect(page.drift?.status == .outdated)
        page.drift = nil
        #expect(page == Self.page(nil))
    }

    /// A build keeps a page per article and locale to its end: its stored size is part of the memory budget.
    @Test func aPageStaysSmallAndKeepsItsIndexes() {
        #expect(MemoryLayout<SitePage>.stride <= 88)
        var page = Self.page(.current)
        #expect(page.document == 1 && page.pair == 0)
        page.pair = nil
        page.document = 70_000
        #expect(page.pair == nil && page.document == 70_000)
        page.pair = 49_999
        #expect(page.pair == 49_999)
    }
}
