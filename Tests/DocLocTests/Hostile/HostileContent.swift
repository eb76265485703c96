import Foundation
@testable import DocLoc

/// One content set holding every kind of bad file the hostile suite knows, beside good articles that must
/// still be checked and built. A folder outside the content tree holds a secret that links, includes, images
/// and symbolic links try to reach; it must never show up in any output.
final class HostileContent {
    /// A diagnostic the bad file must get: rule and line (column not asserted).
    struct Expected: Hashable, CustomStringConvertible {
        var file: String
        var rule: String
        var line: Int

        var description: String { "\(file):\(line) [\(rule)]" }
    }

    static let secret = "SECRET-OUTSIDE-THE-TREE-7f3a"
    /// The 30 MB article, far past the default `limits.maxFileSize` of 4 MiB.
    static let hugeSize = 30 * 1024 * 1024

    let content: ScenarioContent
    /// The folder beside the content root that holds the secret.
    let outside: URL
    private(set) var expected: [Expected] = []

    /// Pages that must be built, each well-formed.
    static let goodPages = [
        "en-US/good/start.html", "en-US/good/other.html", "en-US/includes/note.html", "nl-NL/good/start.html",
        "nl-NL/good/other.html",
    ]
    /// Bad files that are still readable, so still rendered (with their problems).
    static let readableBadPages = [
        "en-US/bad/invalid-utf8.html", "en-US/bad/bom-crlf.html", "en-US/bad/mixed-endings.html",
        "en-US/bad/unterminated.html", "en-US/bad/yaml-syntax.html", "en-US/bad/front-list.html",
        "en-US/bad/front-scalar.html", "en-US/bad/duplicate-keys.html", "en-US/bad/alias-bomb.html",
        "en-US/bad/deep-quotes.html", "en-US/bad/deep-lists.html", "en-US/bad/deep-html.html", "en-US/bad/unclosed-fence.html",
        "en-US/bad/climb.html", "en-US/bad/cycle-a.html", "en-US/bad/cycle-b.html",
    ]
    /// Bad files that cannot be read and so have no page.
    static let unreadableBadPages = [
        "en-US/bad/utf16.html", "en-US/bad/binary.html", "en-US/bad/huge.html", "en-US/bad/symlink-out.html",
    ]

    init() throws {
        content = try ScenarioContent(
            [
                "en-US/good/start.md": "---\ntitle: Start\ndescription: A good page\n---\n# Start\n\nSee [other](other.md#details).\n\n[!INCLUDE[note](../includes/note.md)]\n",
                "en-US/good/other.md": "---\ntitle: Other\n---\n# Other\n\n## Details\n\nText.\n",
                "en-US/includes/note.md": "> [!NOTE]\n> An included note.\n",
                "nl-NL/good/start.md": "---\ntitle: Begin\n---\n# Begin\n\nZie [andere](other.md#details).\n\n[!INCLUDE[note](../includes/note.md)]\n",
            ],
            config: "source: en-US\ntranslations: [nl-NL]\nsite: {title: Help, baseURL: 'https://help.example.com/'}\n")
        outside = content.root.deletingLastPathComponent().appendingPathComponent("docloc-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("# \(Self.secret)\n\n\(Self.secret)\n".utf8).write(to: outside.appendingPathComponent("secret.md"))
        try Data(Self.secret.utf8).write(to: outside.appendingPathComponent("secret.png"))
        try writeBadFiles()
    }

    private func bad(_ name: String, _ text: String, _ expectations: [(String, Int)]) throws {
        try bad(name, bytes: Array(text.utf8), expectations)
    }

    private func bad(_ name: String, bytes: [UInt8], _ expectations: [(String, Int)]) throws {
        try content.write("en-US/bad/" + name, bytes: bytes)
        expected += expectations.map { Expected(file: "en-US/bad/" + name, rule: $0.0, line: $0.1) }
    }

    private func writeBadFiles() throws {
        try bad("invalid-utf8.md", bytes: Array("---\ntitle: Latin-1\n---\n# Caf".utf8) + [0xE9] + Array("\n\nText.\n".utf8),
            [("encoding-invalid", 4)])
        try bad("utf16.md", bytes: [0xFF, 0xFE] + Array("# Hi\n".utf8).flatMap { [$0, 0] }, [("encoding-invalid", 1)])
        try bad("binary.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], [("encoding-invalid", 1)])
        // Line numbers survive a byte-order mark, CRLF and mixed endings: the broken link is on line 6.
        try bad("bom-crlf.md", "\u{FEFF}---\r\ntitle: BOM\r\n---\r\n# BOM\r\n\r\n[gone](gone.md)\r\n", [("link-broken", 6)])
        try bad("mixed-endings.md", "---\r\ntitle: Mixed\n---\r# Mixed\r\n\n[gone](gone.md)\r", [("link-broken", 6)])
        try bad("unterminated.md", "---\ntitle: Never closed\n# Heading\n\nText.\n", [("frontmatter-invalid", 1)])
        try bad("yaml-syntax.md", "---\ntitle: Kept\nbad: [unclosed\nms.assetid: x1\n---\n# Syntax\n", [("frontmatter-invalid", 3)])
        try bad("front-list.md", "---\n- a\n- b\n---\n# List\n", [("frontmatter-invalid", 2)])
        try bad("front-scalar.md", "---\njust a sentence\n---\n# Scalar\n", [("frontmatter-invalid", 2)])
        try bad("duplicate-keys.md", "---\ntitle: a\ndescription: d\ntitle: b\n---\n# Twice\n", [("frontmatter-invalid", 4)])
        var bomb = "---\ntitle: Bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { bomb += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        // a0…a3 expand to 11,110 nodes together: a3, on line 6, is the first key past the budget of 10,000.
        try bad("alias-bomb.md", bomb + "---\n# Bomb\n", [("frontmatter-invalid", 6)])
        var huge = Array("---\ntitle: Huge\n---\n# Huge\n\n".utf8)
        huge += Array(repeating: Array("A paragraph of a very long article.\n\n".utf8), count: Self.hugeSize / 37 + 1).joined()
        try bad("huge.md", bytes: huge, [("file-too-large", 1)])
        try bad("deep-quotes.md", "# Deep\n\n" + String(repeating: ">", count: 20_000) + " bottom\n", [("nesting-too-deep", 3)])
        try bad("deep-lists.md", "# Lists\n\n" + String(repeating: "- ", count: 20_000) + "deepest\n", [("nesting-too-deep", 3)])
        try bad(
            "deep-html.md", "# HTML\n\n" + String(repeating: "<div>", count: 300) + "bottom" + String(repeating: "</div>", count: 300) + "\n",
            [("nesting-too-deep", 3)])
        try bad("unclosed-fence.md", "# Fence\n\n```bash\necho hi\n\n## Not a heading\n", [("code-fence-unclosed", 3)])
        let up = "../../../" + outside.lastPathComponent
        try bad(
            "climb.md",
            """
            # Climb

            [!INCLUDE[passwd](../../../etc/passwd)]
            [!INCLUDE[secret](\(up)/secret.md)]
            [!INCLUDE[absolute](/etc/passwd)]

            [passwd](../../../etc/passwd) and [secret](\(up)/secret.md) and [file](file:///etc/passwd).

            ![secret](\(up)/secret.png)

            """,
            [("include-missing", 3), ("include-missing", 4), ("include-missing", 5), ("link-broken", 7), ("link-broken", 7),
             ("link-broken", 7), ("image-missing", 9)])
        try bad("cycle-a.md", "# Cycle A\n\n[!INCLUDE[b](cycle-b.md)]\n", [("include-cycle", 3)])
        try bad("cycle-b.md", "# Cycle B\n\nText.\n\n[!INCLUDE[a](cycle-a.md)]\n", [("include-cycle", 5)])
        try FileManager.default.createSymbolicLink(
            at: content.url("en-US/bad/symlink-out.md"), withDestinationURL: outside.appendingPathComponent("secret.md"))
        expected.append(Expected(file: "en-US/bad/symlink-out.md", rule: "path-outside-content", line: 1))
    }

    deinit { try? FileManager.default.removeItem(at: outside) }
}
