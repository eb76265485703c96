import Foundation
import Testing
@testable import DocLoc

/// The front matter read without Yams must be what Yams reads, entry for entry and line for line, and anything the
/// simple reader is not sure of must go to Yams (and its diagnostics): checked on every article of the corpus, the
/// seeds, `content/` and the fixtures, on made-up front matter, and on thousands of mutations of real ones.
@Suite struct SimpleFrontMatterTests {
    private static let yams = FrontMatterParser(file: "x.md", readsSimpleShapes: false)
    private static let simple = FrontMatterParser(file: "x.md")

    /// Both parses of `text` (a whole article); whether the simple reader took it.
    @discardableResult
    private func expectSame(_ text: String, _ comment: Comment? = nil) -> Bool {
        let split = FrontMatterSplitter.split(text)
        let reference = Self.yams.parse(split)
        let fast = Self.simple.parse(split)
        #expect(fast.frontMatter == reference.frontMatter, comment)
        #expect(fast.diagnostics == reference.diagnostics, comment)
        guard let yaml = split.yaml, let open = split.openLine else { return false }
        return SimpleFrontMatter.entries(yaml, firstLine: open + 1, maximumNodes: 10_000) != nil
    }

    private static func markdownFiles() -> [URL] {
        let roots = [TestPaths.content, TestPaths.fixtures, TestPaths.shared.appendingPathComponent("seeds")]
            + (TestPaths.hasCorpus ? [TestPaths.corpus] : [])
        return roots.flatMap { root -> [URL] in
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension.lowercased() == "md" }
        }.sorted { $0.path < $1.path }
    }

    private static func text(of file: URL) -> String? {
        (try? Data(contentsOf: file)).flatMap { String(data: $0, encoding: .utf8) }
    }

    @Test func everyRealArticleReadsTheSameAndMostTakeTheSimpleReader() {
        var (files, simple) = (0, 0)
        for file in Self.markdownFiles() {
            guard let text = Self.text(of: file), text.hasPrefix("---") else { continue }
            files += 1
            if expectSame(text, Comment(rawValue: file.path)) { simple += 1 }
        }
        // content/ and the fixtures alone (a clone without ../shared) have a few.
        #expect(files >= 3)
        if TestPaths.hasCorpus {
            // The corpus' front matter is the plain shape the reader is for.
            #expect(files > 500 && simple * 100 >= files * 95, "\(simple) of \(files)")
        }
    }

    @Test func readsPlainQuotedEmptyAndListValues() throws {
        let text = """
            ---
            title: "Set up: MFA # now"
            ms.author: kwekua
            monikerRange: 'o365-worldwide'
            ms.collection: 
            - M365-subscription-management
            - "Adm TOC"
            search.appverid:
              - MET150
              - 'BEA160'

            nothing:
            tilde: ~
            url: https://example.com/a#b
            empty: ""
            ---
            # Body
            """
        #expect(expectSame(text))
        let entries = Self.simple.parse(FrontMatterSplitter.split(text)).frontMatter.entries
        #expect(entries.map(\.key) == [
            "title", "ms.author", "monikerRange", "ms.collection", "search.appverid", "nothing", "tilde", "url", "empty",
        ])
        #expect(entries.map(\.line) == [2, 3, 4, 5, 8, 12, 13, 14, 15])
        #expect(entries[0].value == .scalar("Set up: MFA # now"))
        #expect(entries[3].value == .list([.scalar("M365-subscription-management"), .scalar("Adm TOC")]))
        #expect(entries[5].value == .null && entries[6].value == .null)
        #expect(entries[8].value == .scalar(""))
    }

    @Test func leavesEveryOtherShapeToYams() {
        let others = [
            "a: b\na: c\n",  // a key twice: Yams reports it
            "a: b # comment\n", "a: *ref\n", "a: &x b\n", "a: !tag b\n", "a: |\n  text\n", "a: >\n  text\n",
            "a: [1, 2]\n", "a: {b: c}\n", "a: b: c\n", "a: b:\n", "a: \"x\\ty\"\n", "a: 'it''s'\n", "a: \"x\" y\n",
            "a:\n  b: c\n", "a:\n- x\n  - y\n", "a: b\n- x\n", "- x\n", "? a\n: b\n", "a:b\n", "a : b\n", "\"a\": b\n",
            "a: b\n  continued\n", "a:\t b\n", "a: b\r\n", "%YAML 1.2\na: b\n", "# comment\na: b\n", "a: -b\n", "a: @b\n",
            "a: `b`\n", "a: b\u{85}c\n", "a: b\u{2028}c\n", "a: \u{FEFF}b\n", "a: b\u{7}\n", "-a: b\n", "a:\n- \n", "a:\n-x\n",
            "<<: b\n", "a: 'b\n", "a: \"b\n", "a: b\n   \nc: d\n", "   \n",
        ]
        for yaml in others {
            #expect(SimpleFrontMatter.entries(yaml, firstLine: 2, maximumNodes: 10_000) == nil, Comment(rawValue: yaml))
            expectSame("---\n" + yaml + "---\n# T\n", Comment(rawValue: yaml))
        }
        // A list longer than the node budget goes to Yams, which reports it.
        let long = "a:\n" + String(repeating: "- x\n", count: 20)
        #expect(SimpleFrontMatter.entries(long, firstLine: 2, maximumNodes: 10) == nil)
        #expect(SimpleFrontMatter.entries(long, firstLine: 2, maximumNodes: 10_000) != nil)
    }

    /// Real front matter with a character or a line changed at random — quotes, colons, hashes, indents, list marks,
    /// tabs — reads the same both ways, whichever reader takes it.
    @Test func mutatedRealFrontMatterReadsTheSame() {
        let samples = Self.markdownFiles().compactMap(Self.text(of:)).compactMap { text -> String? in
            let split = FrontMatterSplitter.split(text)
            return split.yaml.map { "---\n" + $0 + "\n---\n# Body\n" }
        }
        #expect(!samples.isEmpty)
        let pieces = [
            ":", ": ", " #", "#", "\"", "'", "-", "- ", "  ", "\t", "\n", "\n- ", "\n  ", "[", "{", "*", "&", "!", "|", ">",
            "\\", "~", "null", "?", "%", "@", "é", "\u{85}", ",", "a", " ", "::", "\n\n", "''", "\"\"",
        ]
        var numbers = SeededNumbers(seed: 2026_12_08)
        var simple = 0
        for round in 0..<3_000 {
            var text = Array(samples[numbers.next(samples.count)].utf8)
            let body = text.count - "\n---\n# Body\n".count
            for _ in 0...numbers.next(3) {
                let at = 4 + numbers.next(max(1, body - 4))
                let piece = Array(pieces[numbers.next(pieces.count)].utf8)
                if numbers.next(3) == 0, at < body { text.remove(at: at) }
                text.insert(contentsOf: piece, at: at)
            }
            let mutated = String(decoding: text, as: UTF8.self)
            if expectSame(mutated, Comment(rawValue: "round \(round): \(mutated)")) { simple += 1 }
        }
        // Both readers were exercised.
        #expect(simple > 300 && simple < 2_900, "\(simple) of 3000 took the simple reader")
    }
}
