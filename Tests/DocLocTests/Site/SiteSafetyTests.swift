import Foundation
import Testing
@testable import DocLoc

/// What must never reach a page, and what the output folder must never lose.
@Suite struct SiteSafetyTests {
    static let hostile = """
        ---
        title: "Tricky <b>title</b> & more"
        ---
        # Tricky page

        Text with a < b & c > d and <script>alert(1)</script> inline.

        <div onclick="alert(2)" style="color:red"><a href="javascript:alert(3)">click</a> <img src="data:image/png;base64,AA" alt="x"> <img src="ok.png" onerror="alert(4)" alt="ok"></div>

        <iframe src="https://evil.example.com"></iframe>

        [bad](javascript:alert(5)) [also bad](JaVa&#x09;Script:alert(6)) ![pixel](data:image/gif;base64,R0)

        <a name="keep-me"></a><sup>2</sup> <kbd>Ctrl</kbd>

        > [!VIDEO https://www.microsoft.com/videoplayer/embed/RE4"onload="x]

        """

    @Test func textIsEscapedAndDangerousMarkupNeverReachesThePage() throws {
        let site = try SiteScenario(["en-US/x.md": Self.hostile, "en-US/ok.png": "PNG"], config: "source: en-US\n")
        try site.build()
        let page = try site.page("en-US/x.html")
        let body = String(page[page.range(of: "<main")!.lowerBound...])
        #expect(page.contains("<title>Tricky &lt;b&gt;title&lt;/b&gt; &amp; more – Help</title>"))
        #expect(body.contains("Text with a &lt; b &amp; c &gt; d and  inline."))
        for forbidden in ["<script>alert", "alert(1)", " onclick=", " onerror=", " style=", "javascript:", "JaVa", "data:image", "<iframe", " onload="] {
            #expect(!body.lowercased().contains(forbidden.lowercased()), "\(forbidden) reached the page")
        }
        #expect(body.contains(#"<div>click  <img src="ok.png" alt="ok"/></div>"#))
        #expect(body.contains(#"<a id="keep-me"></a><sup>2</sup> <kbd>Ctrl</kbd>"#))
        // A video is a link, never a frame; the quote in its URL stays inside the attribute.
        #expect(body.contains(#"<p class="video"><a href="https://www.microsoft.com/videoplayer/embed/RE4&quot;onload=&quot;x">Watch the video</a></p>"#))
        #expect(LibXML2.xmlWellFormednessError(Array(page.utf8)) == nil)
    }

    @Test func sanitizerKeepsTheAllowListAndDropsTheRest() {
        struct Identity: URLRewriting {
            mutating func link(_ destination: String) -> String? { URLPolicy.isSafeLink(destination) ? destination : nil }
            mutating func image(_ source: String) -> String? { URLPolicy.isSafeImage(source) ? source : nil }
        }
        func sanitize(_ html: String) -> String {
            var writer = HTMLWriter()
            var ids = IDRegistry()
            var urls = Identity()
            HTMLSanitizer.write(LibXML2.parseHTMLFragment(html), into: &writer, ids: &ids, urls: &urls)
            return writer.string
        }
        #expect(sanitize(#"<table><tr><td colspan="2" class="x">a</td></tr></table>"#) == #"<table><tr><td colspan="2">a</td></tr></table>"#)
        #expect(sanitize(#"<p>x<br>y</p>"#) == "<p>x<br/>y</p>")
        #expect(sanitize(#"<a name="n"></a><a id="n">dup</a>"#) == #"<a id="n"></a>dup"#)
        #expect(sanitize(#"<form><input value="1"><b onmouseover="x()">bold</b></form>"#) == "<b>bold</b>")
        #expect(sanitize(#"<svg><script>evil()</script></svg><style>p{}</style>after"#) == "after")
        #expect(sanitize(#"<a href=" java\nscript:x()">t</a>"#) == "t")
        #expect(sanitize(#"<img src="https://x.example/a.png" width="10" height="1e9">"#) == #"<img src="https://x.example/a.png" width="10" alt=""/>"#)
        #expect(sanitize("a &amp; &lt;b&gt; &nbsp;") == "a &amp; &lt;b&gt; \u{A0}")
    }

    @Test func urlPolicyReadsSchemesLikeABrowser() {
        #expect(URLPolicy.scheme(of: " JavaScript:alert(1)") == "javascript")
        #expect(URLPolicy.scheme(of: "java\tscript:x") == "javascript")
        #expect(URLPolicy.scheme(of: "../a.md#x:y") == nil)
        #expect(!URLPolicy.isSafeLink("vbscript:x"))
        #expect(URLPolicy.isSafeLink("mailto:a@example.com"))
        #expect(!URLPolicy.isSafeImage("data:image/png;base64,AA"))
    }

    @Test func rebuildKeepsTheUsersFilesAndReplacesOnlyDoclocsOwn() throws {
        let site = try SiteScenario(["en-US/a.md": "# A\n", "en-US/b.md": "# B\n"], config: "source: en-US\n")
        try site.build()
        try Data("mine".utf8).write(to: site.out.appendingPathComponent("CNAME"))
        try FileManager.default.createDirectory(at: site.out.appendingPathComponent("extra/deep"), withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: site.out.appendingPathComponent("extra/deep/notes.txt"))
        try FileManager.default.removeItem(at: site.content.url("en-US/b.md"))
        try site.build()
        #expect(try String(contentsOf: site.out.appendingPathComponent("CNAME"), encoding: .utf8) == "mine")
        #expect(site.exists("extra/deep/notes.txt"))
        #expect(site.exists("en-US/a.html"))
        #expect(!site.exists("en-US/b.html"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.out.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix("." + site.out.lastPathComponent + ".docloc-staging") })
    }

    @Test func rebuildKeepsHiddenFilesEmptyFoldersAndLinksTheUserAdded() throws {
        let site = try SiteScenario(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        try site.build()
        let fm = FileManager.default
        try Data().write(to: site.out.appendingPathComponent(".nojekyll"))
        try fm.createDirectory(at: site.out.appendingPathComponent(".well-known/empty"), withIntermediateDirectories: true)
        try Data("key".utf8).write(to: site.out.appendingPathComponent(".well-known/security.txt"))
        try fm.createDirectory(at: site.out.appendingPathComponent("en-US/drafts"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: site.out.appendingPathComponent("latest").path, withDestinationPath: "en-US/a.html")
        try site.build()
        #expect(site.exists(".nojekyll"))
        #expect(try String(contentsOf: site.out.appendingPathComponent(".well-known/security.txt"), encoding: .utf8) == "key")
        #expect(site.exists(".well-known/empty"))
        #expect(site.exists("en-US/drafts"))
        #expect(try fm.destinationOfSymbolicLink(atPath: site.out.appendingPathComponent("latest").path) == "en-US/a.html")
    }

    @Test func aUsersFileWhereThePageWouldGoStopsTheBuildAndStaysIntact() throws {
        let site = try SiteScenario(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        try FileManager.default.createDirectory(at: site.out, withIntermediateDirectories: true)
        try Data("hand-written".utf8).write(to: site.out.appendingPathComponent("index.html"))
        #expect(throws: DocLocError.self) { try site.build() }
        #expect(try String(contentsOf: site.out.appendingPathComponent("index.html"), encoding: .utf8) == "hand-written")
        #expect(!site.exists("en-US/a.html"))
    }

    @Test func outputInsideTheContentTreeIsRefused() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        let set = try content.load()
        let builder = SiteBuilder(content: set, drift: DriftEngine().report(for: set), theme: try Theme.load(overrides: nil))
        #expect(throws: DocLocError.outputInsideContent(path: content.url("en-US/_site").path)) {
            try builder.build(into: content.url("en-US/_site"))
        }
        #expect(throws: DocLocError.contentInsideOutput(path: content.root.deletingLastPathComponent().path)) {
            try builder.build(into: content.root.deletingLastPathComponent())
        }
    }

    @Test func verifyRefusesToPublishAPageThatIsNotWellFormed() throws {
        let templates = try ScenarioContent(
            ["article.mustache": "{{<layout}}{{$main}}<p>line<br>break</p>{{{body}}}{{/main}}{{/layout}}\n"], config: nil)
        let site = try SiteScenario(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        try FileManager.default.createDirectory(at: site.out, withIntermediateDirectories: true)
        let result = try site.build(theme: try Theme.load(overrides: templates.root), verify: true)
        #expect(!result.published)
        #expect(result.malformed.map(\.path) == ["en-US/a.html"])
        #expect(result.malformed.first?.description.contains("en-US/a.html:") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.out.path).isEmpty)
    }

    @Test func rawHTMLLinksResolveLikeMarkdownLinks() throws {
        let site = try SiteScenario(
            ["en-US/a.md": "# A\n\n<a href=\"b.md#part\" onclick=\"x()\">to b</a>\n", "en-US/b.md": "# B\n\n## Part\n"],
            config: "source: en-US\n")
        try site.build()
        #expect(try site.page("en-US/a.html").contains(#"<a href="b.html#part">to b</a>"#))
    }

    @Test func anOutputThatCannotBeAFolderIsNotWritable() throws {
        let site = try SiteScenario(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        let file = site.content.root.deletingLastPathComponent().appendingPathComponent("docloc-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let set = try site.content.load()
        let builder = SiteBuilder(content: set, drift: DriftEngine().report(for: set), theme: try Theme.load(overrides: nil))
        for out in [file, file.appendingPathComponent("site")] {
            do {
                _ = try builder.build(into: out)
                Issue.record("built into \(out.path)")
            } catch DocLocError.outputNotWritable(let path, let reason) {
                #expect(path == out.path)
                #expect(!reason.isEmpty)
            }
        }
    }
}
