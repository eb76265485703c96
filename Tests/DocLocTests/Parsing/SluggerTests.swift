import Testing
@testable import DocLoc

@Suite struct SluggerTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("  both ends \t", "both ends"),
        ("\u{A0}nbsp\u{2003}", "nbsp"),
        ("\r\nline\r\n", "line"),
        ("a\u{301}", "a\u{301}"),
        ("x\u{301} ", "x\u{301}"),
        ("", ""),
        ("   ", ""),
    ])
    func trimmingSpaces(text: String, trimmed: String) {
        #expect(text.trimmingSpaces == trimmed)
    }

    @Test func repeatedHeadingsGetNumbers() {
        var slugger = Slugger()
        #expect(["Set up", "Set up", "Set-up 1", "Ünïcode & más"].map { slugger.next($0) } == ["set-up", "set-up-1", "set-up-1-1", "ünïcode--más"])
    }
}
