import Testing
@testable import DocLoc

/// Start tags are parsed once per build and shared by the pages: what the cache gives is what libxml2 gives.
@Suite struct StartTagCacheTests {
    @Test func givesWhatLibxml2ParsesFirstTimeAndAfter() {
        let cache = StartTagCache()
        for tag in ["<br/>", "<BR>", "<a name=\"hours\">", "<a href=\"x.html\" onclick=\"evil()\">", "<img src=x onerror=y>", "<>", "<!-- c -->", "<sup>"] {
            let parsed = LibXML2.parseHTMLFragment(tag).first { $0.elementName != nil }
            #expect(cache.startTag(tag) == parsed, "\(tag)")
            #expect(cache.startTag(tag) == parsed, "\(tag), cached")
        }
    }

    @Test func aLongTagIsParsedButNotKept() {
        let cache = StartTagCache()
        let long = "<a title=\"" + String(repeating: "x", count: StartTagCache.longestTag) + "\">"
        let parsed = LibXML2.parseHTMLFragment(long).first { $0.elementName != nil }
        #expect(cache.startTag(long) == parsed)
        #expect(cache.count == 0)
        _ = cache.startTag("<br/>")
        #expect(cache.count == 1)
    }
}
