import Testing
@testable import DocLoc

@Suite struct ArticleParserTests {
    @Test func seedTranslationHasHeadingAnchorsLinksAndGarbledPath() throws {
        let parsed = ArticleParser().parse(contentsOf: TestPaths.fixture("nl-NL-user-consent.md"), path: "nl.md")
        let article = parsed.article
        #expect(parsed.diagnostics.isEmpty)
        #expect(article.sections.compactMap(\.explicitAnchor) == [
            "managing-user-consent-to-apps-in-microsoft-365", "turning-user-consent-on-or-off", "more-info",
        ])
        #expect(article.anchors.filter { $0.name == "__toc379982114" }.map(\.location.line) == [39, 48])
        let fwlink = try #require(article.links.first { $0.kind == .fwlink })
        #expect(fwlink.fwlinkID == 2053743)
        #expect(fwlink.location == SourceLocation(line: 43, column: 105))
        #expect(article.links.filter { $0.destination.hasPrefix("https://docs.microsoft.com/azure") }.count == 2)
        let path = try #require(article.uiPaths.first)
        #expect(path.labels == ["instellingen", "organisatie", "Services", "gebruikers instemming met apps"])
        #expect(path.segments.map(\.join) == [.start, .loose, .arrow, .continuation])
        #expect(path.location == SourceLocation(line: 43, column: 43))
        #expect(article.frontMatter.isMachineTranslated)
        #expect(article.frontMatter.line(of: "ms.openlocfilehash") == 23)
    }

    @Test func seedSourceHasOutdatedPathAndPinnedLink() throws {
        let article = ArticleParser().parse(contentsOf: TestPaths.fixture("en-US-integrated-apps.md"), path: "en.md").article
        #expect(article.sections.map(\.slug) == [
            "integrated-apps-in-microsoft-365", "turning-integrated-apps-on-or-off", "more-info-on-integrated-apps",
        ])
        #expect(article.uiPaths.map(\.labels) == [["Settings", "Settings", "Services", "Integrated apps"]])
        #expect(article.sections[0].blocks.count == 4)
        #expect(article.links.contains { $0.destination.contains("/en-us/") })
    }

    @Test func repeatedHeadingsGetNumberedSlugs() {
        let article = parse("# A\n## Intro\n## Intro\n## Intro-1\n## Intro\n").article
        #expect(article.sections.map(\.slug) == ["a", "intro", "intro-1", "intro-1-1", "intro-2"])
    }

    @Test func docfxBlocksAreRecognized() throws {
        let text = """
            # T

            > [!NOTE]
            > Read this **first**.

            [!INCLUDE[setup](../includes/setup.md)]

            > [!VIDEO https://www.microsoft.com/videoplayer/embed/RE1FTbR]

            ::: moniker range="o365-worldwide"
            Worldwide only.
            ::: moniker-end

            :::image type="content" source="../media/a.png" alt-text="A picture.":::
            """
        let blocks = parse(text).article.sections[0].blocks
        #expect(blocks.count == 5)
        guard case .alert(.note, let inner) = blocks[0].kind else { Issue.record("no alert: \(blocks[0])"); return }
        #expect(inner.first?.plainText == "Read this first.")
        #expect(blocks[1].kind == .include(Include(title: "setup", path: "../includes/setup.md")))
        #expect(blocks[2].kind == .video(url: "https://www.microsoft.com/videoplayer/embed/RE1FTbR"))
        guard case .moniker("o365-worldwide", let monikerBlocks) = blocks[3].kind else { Issue.record("no moniker"); return }
        #expect(monikerBlocks.first?.plainText == "Worldwide only.")
        #expect(blocks[3].range.lowerBound.line == 10)
        guard case .image(let image) = blocks[4].kind else { Issue.record("no image"); return }
        #expect(image.source == "../media/a.png")
        #expect(image.altText == "A picture.")
    }

    @Test func linksAreClassified() {
        let article = parse("[a](#x) [b](other.md#y) [c](/azure/x) [d](https://e.com) [e](https://go.microsoft.com/fwlink/?LinkId=12)").article
        #expect(article.links.map(\.kind) == [.fragment, .relativeFile, .siteAbsolute, .external, .fwlink])
        #expect(article.links[1].fragment == "y")
        #expect(article.links[4].fwlinkID == 12)
    }

    @Test func numbersSkipNamesButKeepVersions() {
        let article = parse("OAuth 2.0 for 90 days in O365 and 1,000 users.").article
        #expect(article.numbers.map(\.text) == ["2.0", "90", "1,000"])
        #expect(article.numbers[0].location == SourceLocation(line: 1, column: 7))
    }
}

@Suite struct InlinePositionTests {
    @Test func backslashLineBreakStartsANewLine() {
        let article = parse("[y](y.md) and\\\n[z](z.md) then\\\n  [w](w.md)\n\n> quoted\\\n> [q](q.md)\n").article
        #expect(article.links.map(\.location) == [
            SourceLocation(line: 1, column: 1), SourceLocation(line: 2, column: 1), SourceLocation(line: 3, column: 3),
            SourceLocation(line: 6, column: 3),
        ])
    }

    @Test func rawHTMLLinksAreLinksAndJoinUIPaths() throws {
        let article = parse("Go to **Users** \\> <a href=\"https://admin.microsoft.com/#/users\">Active users</a>.\n").article
        #expect(article.uiPaths.map(\.labels) == [["Users", "Active users"]])
        let link = try #require(article.links.first)
        #expect(link.text == "Active users")
        #expect(link.kind == .external)
        #expect(link.location == SourceLocation(line: 1, column: 20))
    }

    /// Each tag of an HTML block is placed by counting on from the tag before (across lines and non-ASCII text),
    /// not from the block's start: the same places, in linear time (20,000 nested tags below).
    @Test func tagsInAnHTMLBlockAreLocatedOneAfterAnother() {
        let article = parse("# T\n\n<div id=\"één\">\n  ë <a name=\"b\"></a> <img src=\"p.png\">\n<p id=\"c\">x</p></div>\n").article
        let anchors = article.anchors.filter { $0.origin == .explicit }
        #expect(anchors.map(\.name) == ["één", "b", "c"])
        #expect(anchors.map(\.location) == [
            SourceLocation(line: 3, column: 1), SourceLocation(line: 4, column: 5), SourceLocation(line: 5, column: 1),
        ])
        #expect(article.images.map(\.location) == [SourceLocation(line: 4, column: 22)])

        let depth = 20_000
        let deep = parse("# D\n\n" + String(repeating: "<div id=\"d\">", count: depth) + "x" + String(repeating: "</div>", count: depth) + "\n").article
        let deepAnchors = deep.anchors.filter { $0.origin == .explicit }
        #expect(deepAnchors.count == depth)
        #expect(deepAnchors.last?.location == SourceLocation(line: 3, column: 1 + 12 * (depth - 1)))
    }

    @Test func namedAnchorsStayAnchors() {
        let article = parse("## <a name=\"x\"></a>Title\n").article
        #expect(article.sections[0].explicitAnchor == "x")
        #expect(article.links.isEmpty)
    }
}
