import Testing
@testable import DocLoc

@Suite struct FileDiscoveryTests {
    /// The byte path for ASCII names answers as the Character path does (a name of more than three characters that
    /// ends in `.md`, any case).
    @Test func markdownNames() {
        // A trailing slash is dropped, and a lone combining mark is a character of its own, as `split` and `count` see it.
        let yes = ["a.md", "admin/x.MD", "deep/er/Notes.Md", "é.md", "nl-NL/über.md", "x/.md.md", "a\r.md", "a.md/", "x/\u{301}.md"]
        let no = ["md", ".md", "a/.md", "a.mdx", "a.m", "image.png", "folder", "admin/", "", "a.md\r", "x/\r\nmd"]
        for path in yes { #expect(FileDiscovery.isMarkdown(path), "\(path.debugDescription)") }
        for path in no { #expect(!FileDiscovery.isMarkdown(path), "\(path.debugDescription)") }
        // Against the Character rule on a mix of names.
        for path in yes + no + ["A.MD", "b/C.mD", "ß.md", "İ.md", "dir.md/file", "a//b.md"] {
            let name = path.split(separator: "/").last ?? ""
            #expect(FileDiscovery.isMarkdown(path) == (name.count > 3 && name.lowercased().hasSuffix(".md")), "\(path.debugDescription)")
        }
    }
}
