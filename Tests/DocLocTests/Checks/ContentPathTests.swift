import Testing
@testable import DocLoc

@Suite struct ContentPathTests {
    @Test(arguments: [
        ("x.md", "nl-NL/admin", "nl-NL/admin/x.md"),
        ("../media/a.png", "nl-NL/admin", "nl-NL/media/a.png"),
        ("./a//b/./c", "en-US", "en-US/a/b/c"),
        ("../../../x", "nl-NL/admin", nil),
        ("..", "nl-NL", ""),
        ("é/../ü.md", "nl-NL/ä", "nl-NL/ä/ü.md"),
        ("x.md", "", "x.md"),
    ] as [(String, String, String?)])
    func resolves(reference: String, folder: String, resolved: String?) {
        #expect(ContentPath.resolve(reference, against: folder) == resolved)
    }
}
