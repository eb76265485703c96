import Foundation
import Testing
@testable import DocLoc

/// Inputs `make fuzz` crashed on, each parsed and rendered the way the fuzz target does.
@Suite struct FuzzRegressionTests {
    /// A moniker block cut by a mutation: a paragraph split at directive lines got a range whose end lay
    /// before its start, and `Range` trapped.
    @Test func directiveLinesWithBackwardPositionsDoNotTrap() throws {
        let bytes = Array(try Data(contentsOf: TestPaths.fixture("fuzz/crash-directive-range.md")))
        let parsed = ArticleParser().parse(bytes: bytes, path: "en-US/fuzz.md")
        #expect(parsed.isUsable)
        #expect(parsed.article.blocks.allSatisfy { $0.range.lowerBound <= $0.range.upperBound })
        let site = try SiteScenario(["en-US/fuzz.md": String(decoding: bytes, as: UTF8.self)], config: "source: en-US\n")
        try site.build()
        #expect(LibXML2.xmlWellFormednessError(Array(try site.page("en-US/fuzz.html").utf8)) == nil)
    }
}
