import Foundation
import Testing
@testable import DocLoc

/// Focused parser cases of issue 7 beyond `BadInputTests`: unclosed code fences, mixed line endings, a 30 MB
/// article under a raised limit, and control characters that XML forbids.
@Suite struct ParsingHostilityTests {
    @Test func anUnclosedFenceIsReportedWhereItOpens() throws {
        let parsed = parse("---\ntitle: t\n---\n# T\n\nText.\n\n~~~~ yaml\nkey: value\n~~~\n\n## Not a heading\n")
        let d = try #require(parsed.diagnostics.first)
        #expect(parsed.diagnostics.map(\.rule) == [RuleName.codeFenceUnclosed])
        #expect(d.location.line == 8)
        #expect(d.severity == .warning)
        #expect(parsed.article.sections.count == 1)
    }

    @Test func closedFencesAreNotReported() {
        let closed = [
            "```\ncode\n```\n", "```bash\n```\n", "~~~\n~~~~~\n", "````\n```\nstill code\n````   \n",
            "> ```\n> quoted\n> ```\n", "1. Step\n\n   ```\n   code\n   ```\n\n2. Next\n", "- ```\n  x\n  ```\n",
            "    indented code\n", "`inline` only\n",
        ]
        for text in closed {
            #expect(parse(text).diagnostics.isEmpty, "\(text.debugDescription)")
        }
    }

    @Test func aFenceLeftOpenInAContainerIsReported() {
        let quote = parse("# Q\n\n> ```\n> inside\n\nAfter the quote.\n")
        #expect(quote.diagnostics.map(\.rule) == [RuleName.codeFenceUnclosed])
        #expect(quote.diagnostics.first?.location.line == 3)
        let lonely = parse("Text\n\n```")
        #expect(lonely.diagnostics.map { "\($0.rule):\($0.location.line)" } == ["code-fence-unclosed:3"])
    }

    @Test func includeLinesInARowAreEachAnInclude() {
        let parsed = parse("# I\n\n[!INCLUDE[a](a.md)]\n[!include[b](b.md)]\nText between.\n[!INCLUDE[c](c.md)]\n")
        #expect(parsed.article.includes.map { "\($0.text)@\($0.location.line)" } == ["a.md@3", "b.md@4", "c.md@6"])
        let kinds = parsed.article.sections[0].blocks.map { block -> String in
            if case .include(let include) = block.kind { return include.path }
            return block.plainText
        }
        #expect(kinds == ["a.md", "b.md", "Text between.", "c.md"])
    }

    @Test func mixedLineEndingsKeepEveryLineNumber() throws {
        // LF, CRLF and lone CR in one file: every ending counts as one line, as editors show it.
        let text = "---\ntitle: Mixed\r\n---\r# H\n\r\n[a](#a)\r[b](#b)\n\r## Last\r\n"
        let parsed = parse(text)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.article.title == "Mixed")
        #expect(parsed.article.links.map(\.location.line) == [6, 7])
        #expect(parsed.article.sections.last?.title == "Last")
        #expect(parsed.article.sections.last.map { $0.range.lowerBound.line } == 9)
    }

    @Test func aThirtyMegabyteArticleUnderARaisedLimitIsParsed() throws {
        // About 30,000 paragraphs of 1 KB, each with a link: the size of a huge article, with a node count
        // a debug build under a sanitizer still parses in well under a minute.
        let paragraph = Array(("A paragraph with **bold** text, a [link](other.md#part) and `code`. "
            + String(repeating: "Plain words of a very long article. ", count: 26) + "\n\n").utf8)
        var bytes = Array("---\ntitle: Huge\n---\n# Huge\n\n".utf8)
        bytes.reserveCapacity(30 * 1024 * 1024 + paragraph.count)
        var paragraphs = 0
        while bytes.count < 30 * 1024 * 1024 {
            bytes += paragraph
            paragraphs += 1
        }
        let clock = ContinuousClock()
        var parsed: ParsedArticle?
        let elapsed = clock.measure { parsed = ArticleParser(maximumFileSize: 64 * 1024 * 1024).parse(bytes: bytes, path: "huge.md") }
        let article = try #require(parsed)
        #expect(article.isUsable)
        #expect(article.diagnostics.isEmpty)
        #expect(article.article.links.count == paragraphs)
        #expect(elapsed < .seconds(300), "parsing 30 MB took \(elapsed)")
    }

    @Test func controlCharactersNeverMakeAPageMalformed() throws {
        var text = "---\ntitle: \"Bell\\a and \\x01 escape\"\ndescription: \"nul \\0 here\"\n---\n# Head\u{1}ing \u{FFFE}\n\n"
        text += "Text \u{0B}\u{0C}\u{1B}[31m and \u{FFFF} <b title=\"\u{7}\">bold</b> ![alt\u{8}](x.png \"t\u{1}\")\n"
        let site = try SiteScenario(["en-US/c.md": text], config: "source: en-US\n")
        try site.build()
        for (path, data) in try site.snapshot() where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            #expect(LibXML2.xmlWellFormednessError(Array(data)) == nil, "\(path) is not well-formed")
        }
        let page = try site.page("en-US/c.html")
        #expect(page.contains("Heading"))
    }
}
