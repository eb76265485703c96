import Testing
@testable import DocLoc

@Suite struct LinkTargetTests {
    @Test(arguments: [
        ("a/b.md", "a/b.md", nil, nil),
        ("a/b.md?view=x#top", "a/b.md", "view=x", "top"),
        ("a#b?c", "a", nil, "b?c"),
        ("?#", "", "", ""),
        ("#", "", nil, ""),
        ("ü/é.md?q=ä#ö", "ü/é.md", "q=ä", "ö"),
        ("x\r\ny?z", "x\r\ny", "z", nil),
    ] as [(String, String, String?, String?)])
    func splitsPathQueryAndFragment(destination: String, path: String, query: String?, fragment: String?) {
        let target = LinkTarget(destination)
        #expect(target.path == path)
        #expect(target.query == query)
        #expect(target.fragment == fragment)
    }

    /// A `#` that a combining mark joins is not a `#` character, and the split (on characters) passes it by.
    @Test func aJoinedHashIsNotAFragment() {
        let target = LinkTarget("a#\u{301}b#c")
        #expect(target.path == "a#\u{301}b")
        #expect(target.fragment == "c")
    }
}
