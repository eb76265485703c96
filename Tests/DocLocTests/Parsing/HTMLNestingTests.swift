import Testing
@testable import DocLoc

/// libxml2 drops HTML nested deeper than 255 elements; `HTMLNesting` flattens what lies past its limit first.
@Suite struct HTMLNestingTests {
    private func nested(_ depth: Int, _ inner: String = "x") -> String {
        String(repeating: "<div>", count: depth) + inner + String(repeating: "</div>", count: depth)
    }

    @Test func htmlWithinTheLimitIsLeftAsItIs() {
        // Seven deep at most: five divs, the p, and the br and img in it (which open nothing for what follows).
        let html = nested(5, "<p>a<br>b<img src=\"p.png\"/></p>")
        #expect(HTMLNesting.flattened(html, limit: 7) == html)
        #expect(HTMLNesting.firstTooDeep(in: html, limit: 7) == nil)
        #expect(HTMLNesting.firstTooDeep(in: html, limit: 6) == 29)
        #expect(HTMLNesting.firstTooDeep(in: html, limit: 5) == 25)
        #expect(HTMLNesting.firstTooDeep(in: nested(HTMLNesting.limit)) == nil)
    }

    @Test func elementsPastTheLimitLoseTheirTagsAndKeepTheirText() {
        #expect(HTMLNesting.flattened(nested(4, "x"), limit: 2) == "<div><div>x</div></div>")
        #expect(HTMLNesting.flattened("<div><div><p>a</p><p>b</p></div></div>", limit: 1) == "<div>ab</div>")
        // Void and self-closed elements open nothing; past the limit they are cut too.
        #expect(HTMLNesting.flattened("<div><br><img src=x><span/>t</div>", limit: 2) == "<div><br><img src=x><span/>t</div>")
        #expect(HTMLNesting.flattened("<div><br><img src=x><span/>t</div>", limit: 1) == "<div>t</div>")
    }

    @Test func endTagsCloseTheirElementAndWhatIsInsideIt() {
        // `</section>` closes the unclosed `<p>` inside it; a stray `</b>` closes nothing and stays.
        #expect(HTMLNesting.flattened("<section><p>a</section></b><div><div>c</div></div>", limit: 2)
            == "<section><p>a</section></b><div><div>c</div></div>")
        #expect(HTMLNesting.flattened("<section><p>a</section><div><i>b</i><div>c</div></div>", limit: 1)
            == "<section>a</section><div>bc</div>")
    }

    @Test func commentsRawTextAndQuotedValuesAreNotTags() {
        let html = "<div><!-- <div><div> --><script>if (a<b) {}</script><a title=\"x > <y>\">t</a></div>"
        #expect(HTMLNesting.flattened(html, limit: 2) == html)
        #expect(HTMLNesting.flattened("<div><style>p>a{}</STYLE><div>x</div></div>", limit: 2) == "<div><style>p>a{}</STYLE><div>x</div></div>")
        // A script or style too deep goes whole: its text is code, not the article's.
        #expect(HTMLNesting.flattened("<div><style>p>a{}</STYLE><div>x</div></div>", limit: 1) == "<div>x</div>")
    }

    @Test func theFirstElementTooDeepIsFoundByScalarOffset() {
        #expect(HTMLNesting.firstTooDeep(in: "é<i><b>x</b></i>", limit: 1) == 4)
        let deep = nested(100_000)
        #expect(HTMLNesting.firstTooDeep(in: deep) == 5 * HTMLNesting.limit)
        let flat = HTMLNesting.flattened(deep)
        #expect(flat == nested(HTMLNesting.limit))
    }

    /// What the renderer gets from libxml2: the text of a block nested 300 deep (dropped before: libxml2 stops at 255).
    @Test func libxml2KeepsTheTextOfDeepHTML() {
        var nodes = LibXML2.parseHTMLFragment(nested(300, "deepest"))
        var depth = 0
        while nodes.count == 1, case .element(_, _, let children) = nodes[0] {
            depth += 1
            nodes = children
        }
        #expect(depth == HTMLNesting.limit)
        #expect(nodes.count == 1)
        if case .text(let text)? = nodes.first { #expect(text == "deepest") } else { Issue.record("no text at the bottom: \(nodes)") }
    }
}
