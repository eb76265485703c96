import Foundation
import Testing
@testable import DocLoc

/// Issue 7, injection: hostile articles are built into a site, and no page, no sitemap and no search index
/// carries live markup — while the hostile text itself is kept, escaped, so nothing a writer wrote is lost.
@Suite struct InjectionTests {
    @Test func noLiveMarkupReachesAnyPageTheSitemapOrTheSearchIndex() throws {
        let site = try SiteScenario(InjectionContent.files)
        try site.build()
        let files = try site.snapshot()
        #expect(files.keys.contains("en-US/x.html"))
        var problems: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            #expect(LibXML2.xmlWellFormednessError(Array(data)) == nil, "\(path) is not well-formed")
            problems += LiveMarkupScan.problems(in: String(decoding: data, as: UTF8.self)).map { "\(path): \($0)" }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func hostileTextIsKeptAsEscapedText() throws {
        let site = try SiteScenario(InjectionContent.files)
        try site.build()
        let page = try site.page("en-US/x.html")
        #expect(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert("))
        #expect(page.contains(#"<meta name="description" content="&quot;&gt;&lt;script&gt;alert("#))
        #expect(page.contains("&lt;script&gt;alert(&#39;code&#39;)&lt;/script&gt;") || page.contains("&lt;script&gt;alert('code')&lt;/script&gt;"))
        #expect(page.contains(#"alt="&quot; onerror=&quot;alert(&#39;alt&#39;)""#) || page.contains(#"alt="&quot; onerror=&quot;alert('alt')""#))
        let sitemap = try site.page("sitemap.xml")
        #expect(LiveMarkupScan.problems(in: sitemap).isEmpty)
        for line in sitemap.split(separator: "\n") where line.contains("<loc>") || line.contains("href=") {
            for part in line.components(separatedBy: "https://").dropFirst() {
                #expect(part.hasPrefix("help.example.com/"), "\(line)")
            }
        }
    }

    @Test func searchIndexesKeepHostileTextAsData() throws {
        let site = try SiteScenario(InjectionContent.files)
        try site.build()
        for locale in ["en-US", "nl-NL"] {
            let json = try Data(contentsOf: site.out.appendingPathComponent("\(locale)/search-index.json"))
            let entries = try JSONDecoder().decode([SearchIndex.Entry].self, from: json)
            #expect(entries.contains { $0.title.hasPrefix("</title><script>alert('title')</script>") })
            let script = try site.page("\(locale)/search-index.js")
            #expect(script.hasPrefix("window.doclocSearchIndex = "))
            #expect(!script.contains("<"), "a '<' in \(locale)/search-index.js could close the script element")
            // The script is the JSON, with `<` written as a JSON escape: it decodes to the same entries.
            let body = script.dropFirst("window.doclocSearchIndex = ".count).dropLast(2)
            #expect(try JSONDecoder().decode([SearchIndex.Entry].self, from: Data(body.utf8)) == entries)
        }
    }
}
