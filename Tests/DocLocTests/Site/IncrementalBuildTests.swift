import Foundation
import Testing
@testable import DocLoc

/// `docloc build --incremental`: pages whose inputs did not change are reused, the rest rendered, and the
/// site is byte for byte the one a full build writes.
@Suite struct IncrementalBuildTests {
    static func scenario() throws -> SiteScenario {
        try SiteScenario([
            "en-US/a.md": "---\ntitle: A\n---\n# A\n\nSee [B](b.md#usage).\n\n[!INCLUDE[note](includes/note.md)]\n",
            "en-US/b.md": "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it.\n",
            "en-US/includes/note.md": "Shared note.\n",
            "nl-NL/a.md": "---\ntitle: A nl\n---\n# A nl <a name=\"a\"></a>\n\nZie [B](b.md#usage).\n\n[!INCLUDE[note](includes/note.md)]\n",
            "nl-NL/b.md": "---\ntitle: B nl\n---\n# B nl <a name=\"b\"></a>\n\n## Gebruik <a name=\"usage\"></a>\n\nGebruik het.\n",
        ])
    }

    /// The site an incremental build wrote, then the one a full build of the same content writes.
    static func incrementalThenFull(_ site: SiteScenario) throws -> (SiteBuildResult, [String: Data], [String: Data]) {
        let result = try site.build(incremental: true)
        let incremental = try site.snapshot()
        try site.build()
        return (result, incremental, try site.snapshot())
    }

    @Test func unchangedContentReusesEveryPage() throws {
        let site = try Self.scenario()
        let full = try site.build()
        #expect(full.renderedPages == full.articlePages)
        #expect(full.reusedPages == 0)
        let first = try site.snapshot()
        #expect(first.keys.contains(BuildCache.fileName))
        let again = try site.build(incremental: true)
        #expect(again.articlePages == full.articlePages)
        #expect(again.reusedPages == full.articlePages)
        #expect(again.renderedPages == 0)
        #expect(try site.snapshot() == first)
    }

    @Test func touchingOneArticleRendersOnlyItsPage() throws {
        let site = try Self.scenario()
        try site.build()
        try site.content.write("nl-NL/b.md", "---\ntitle: B nl\n---\n# B nl <a name=\"b\"></a>\n\n## Gebruik <a name=\"usage\"></a>\n\nGebruik het nu.\n")
        let (result, incremental, full) = try Self.incrementalThenFull(site)
        #expect(result.renderedPages == 1)
        #expect(result.reusedPages == result.articlePages - 1)
        #expect(incremental == full)
        #expect(String(decoding: incremental["nl-NL/b.html"] ?? Data(), as: UTF8.self).contains("Gebruik het nu."))
    }

    @Test func changingAnIncludeRendersThePagesThatIncludeIt() throws {
        let site = try Self.scenario()
        try site.build()
        try site.content.write("en-US/includes/note.md", "Changed note.\n")
        let (result, incremental, full) = try Self.incrementalThenFull(site)
        // a in both locales, and the include's own page with its Dutch fallback.
        #expect(result.renderedPages == 4)
        #expect(incremental == full)
        #expect(String(decoding: incremental["nl-NL/a.html"] ?? Data(), as: UTF8.self).contains("Changed note."))
    }

    @Test func aNewTranslationOfAnIncludeIsPickedUp() throws {
        let site = try Self.scenario()
        try site.build()
        try site.content.write("nl-NL/includes/note.md", "Gedeelde notitie.\n")
        let (_, incremental, full) = try Self.incrementalThenFull(site)
        #expect(incremental == full)
        #expect(String(decoding: incremental["nl-NL/a.html"] ?? Data(), as: UTF8.self).contains("Gedeelde notitie."))
    }

    /// The sitemap changes only with the site key (pages, locales, base URL): after an edit to an article's text
    /// it is the previous file, linked; after a new article it is written again, with the article in it.
    @Test func theSitemapIsLinkedUntilThePagesChange() throws {
        let site = try Self.scenario()
        try site.build(incremental: true)
        func inode() -> UInt64 {
            var info = stat()
            return lstat(site.out.path + "/sitemap.xml", &info) == 0 ? UInt64(info.st_ino) : 0
        }
        let first = inode()
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it now.\n")
        let (_, incremental, full) = try Self.incrementalThenFull(site)
        #expect(incremental == full)
        try site.build(incremental: true)
        #expect(inode() == first)  // the full build in between made the same bytes: it kept the published file
        let afterFull = inode()
        try site.content.write("en-US/b.md", "---\ntitle: B\n---\n# B\n\n## Usage\n\nUse it later.\n")
        try site.build(incremental: true)
        #expect(inode() == afterFull)
        try site.content.write("en-US/c.md", "---\ntitle: C\n---\n# C\n")
        try site.build(incremental: true)
        #expect(inode() != afterFull)
        #expect(try site.page("sitemap.xml").contains("en-US/c.html"))
        let (_, again, fullAgain) = try Self.incrementalThenFull(site)
        #expect(again == fullAgain)
    }

    /// The sitemap is trusted by its recorded size and time, as a page is (at 50k pairs it is 42 MB, which checking
    /// its SHA-256 read whole): an edit in the output that changes its size has it written again.
    @Test func anEditedSitemapIsWrittenAgain() throws {
        let site = try Self.scenario()
        try site.build(incremental: true)
        let path = site.out.path + "/sitemap.xml"
        let written = try #require(FileStamp.of(path: path))
        #expect(BuildCache.load(from: site.out).rendered["sitemap.xml"]?.byteCount == Int(written.size))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("<!-- edited -->".utf8))
        try handle.close()
        try site.build(incremental: true)
        #expect(!(try site.page("sitemap.xml").contains("edited")))
        #expect(FileStamp.of(path: path)?.size == written.size)
    }

    @Test func aPageEditedInTheOutputIsRenderedAgain() throws {
        let site = try Self.scenario()
        try site.build()
        let first = try site.snapshot()
        try Data("edited".utf8).write(to: site.out.appendingPathComponent("en-US/a.html"))
        let result = try site.build(incremental: true)
        #expect(result.renderedPages == 1)
        #expect(try site.snapshot() == first)
    }

    @Test func anotherGeneratorOrAMarkedOutdatedPairRendersAgain() throws {
        let site = try Self.scenario()
        let full = try site.build()
        let other = try site.build(incremental: true, generator: "another docloc")
        #expect(other.renderedPages == full.articlePages)
        let drift = DriftEngine().report(for: try site.content.load())
        #expect(drift.pairs.first { $0.pair.locale == "nl-NL" && $0.pair.relativePath == "b.md" }?.status == .current)
        let outdated = try site.build(outdated: ["nl-NL/b.md": "a section was added"], incremental: true, generator: "another docloc")
        #expect(outdated.renderedPages == 1)
        #expect(try site.page("nl-NL/b.html").contains("a section was added"))
    }

    @Test func aRemovedTranslationChangesTheSiteKey() throws {
        let site = try Self.scenario()
        try site.build()
        try FileManager.default.removeItem(at: site.content.url("nl-NL/b.md"))
        let (result, incremental, full) = try Self.incrementalThenFull(site)
        #expect(result.reusedPages == 0)
        #expect(incremental == full)
    }

    @Test func anotherTemplateRendersEveryPageAgain() throws {
        let site = try Self.scenario()
        let full = try site.build()
        let retemplated = try ScenarioContent(
            ["article.mustache": "{{<layout}}{{$main}}<p class=\"custom\">{{title}}</p>{{{body}}}{{/main}}{{/layout}}\n"], config: nil)
        let result = try site.build(theme: Theme.load(overrides: retemplated.root), incremental: true)
        #expect(result.renderedPages == full.articlePages)
        #expect(try site.page("en-US/a.html").contains("<p class=\"custom\">"))
    }
}
