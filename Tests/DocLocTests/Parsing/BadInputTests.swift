import Testing
@testable import DocLoc

@Suite struct BadInputTests {
    @Test func invalidUTF8IsReportedWithItsByteOffset() throws {
        let bytes = Array("---\ntitle: x\n---\n# Head\n\nab".utf8) + [0xC3, 0x28] + Array(" cd\n".utf8)
        let parsed = ArticleParser().parse(bytes: bytes, path: "bad.md")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.rule == "encoding-invalid")
        #expect(d.summary.contains("byte offset 27"))
        #expect(d.location == SourceLocation(line: 6, column: 3))
        #expect(parsed.isUsable)
        #expect(parsed.article.title == "x")
    }

    /// The decoder asks the standard library first and its own scan only for where a refused file fails: the two
    /// must agree on what is valid, overlong forms, surrogates and truncated sequences included.
    @Test func theStandardLibraryAndTheScanAgreeOnValidity() {
        let pieces: [[UInt8]] = [
            Array("ab".utf8), [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x98, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
            [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3], [0x80], [0xFF], [0xEF, 0xBF, 0xBE], [0x0A],
        ]
        var numbers = SeededNumbers(seed: 11)
        for _ in 0..<2_000 {
            let bytes = (0..<numbers.next(6)).flatMap { _ in pieces[numbers.next(pieces.count)] }
            let valid = String(validating: bytes, as: UTF8.self) != nil
            #expect(valid == (SourceDecoder.firstInvalidUTF8Offset(bytes[...]) == nil), "\(bytes)")
        }
    }

    @Test func utf16AndBinaryFilesAreRefused() {
        let utf16 = ArticleParser().parse(bytes: [0xFF, 0xFE, 0x23, 0x00], path: "u.md")
        #expect(utf16.diagnostics.map(\.rule) == ["encoding-invalid"])
        #expect(!utf16.isUsable)
        let binary = ArticleParser().parse(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], path: "b.md")
        #expect(binary.diagnostics.first?.summary.contains("binary") == true)
    }

    @Test func byteOrderMarkAndCRLFKeepLineNumbers() {
        let text = "\u{FEFF}---\r\ntitle: t\r\n---\r\n# H\r\n\r\n[x](#nowhere)\r\n"
        let parsed = parse(text)
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.article.title == "t")
        #expect(parsed.article.links.first?.location == SourceLocation(line: 6, column: 1))
    }

    @Test func unterminatedFrontMatterIsReportedAndBodyStillParsed() {
        let parsed = parse("---\ntitle: x\n# Heading\n")
        #expect(parsed.diagnostics.map(\.rule) == ["frontmatter-invalid"])
        #expect(parsed.diagnostics[0].summary.contains("never closed"))
        #expect(parsed.article.sections.contains { $0.title == "Heading" })
    }

    @Test func yamlSyntaxErrorNamesItsLineAndKeepsSimpleKeys() throws {
        let parsed = parse("---\ntitle: Kept\nbad: [unclosed\nms.assetid: 1\n---\n# H\n")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.rule == "frontmatter-invalid")
        #expect(d.location.line >= 3)
        #expect(parsed.article.frontMatter.title == "Kept")
    }

    @Test func nonMappingFrontMatterIsInvalid() {
        #expect(parse("---\n- a\n- b\n---\nx\n").diagnostics.first?.summary.contains("list") == true)
        #expect(parse("---\njust text\n---\nx\n").diagnostics.first?.summary.contains("scalar") == true)
    }

    @Test func duplicateKeysAreInvalid() {
        let d = parse("---\ntitle: a\ntitle: b\n---\nx\n").diagnostics
        #expect(d.first?.rule == "frontmatter-invalid")
        #expect(d.first?.location.line == 3)
        #expect(d.first?.summary.contains("'title'") == true)
    }

    @Test func aliasBombIsBounded() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...8 { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let parsed = parse("---\ntitle: t\n" + yaml + "---\nbody\n")
        #expect(parsed.diagnostics.contains { $0.rule == "frontmatter-invalid" && $0.summary.contains("alias") })
        #expect(parsed.article.title == "t")
    }

    @Test func tooLargeFileIsNotRead() {
        let parsed = ArticleParser(maximumFileSize: 100).parse(bytes: Array(repeating: 0x61, count: 101), path: "big.md")
        #expect(parsed.diagnostics.map(\.rule) == ["file-too-large"])
        #expect(!parsed.isUsable)
    }
}

@Suite struct DeepInputTests {
    @Test func twentyThousandNestedQuotesAreFlattenedNotACrash() throws {
        let text = "# Deep\n\n" + String(repeating: ">", count: 20_000) + " bottom\n"
        let parsed = ArticleParser().parse(bytes: Array(text.utf8), path: "deep.md")
        let d = try #require(parsed.diagnostics.first)
        #expect(d.rule == "nesting-too-deep")
        #expect(d.location.line == 3)
        #expect(parsed.article.sections[0].blocks.first?.plainText.contains("bottom") == true)
    }

    @Test func twentyThousandNestedListsAreFlattened() {
        // `- - - item` opens one list in another on a single line.
        let text = String(repeating: "- ", count: 20_000) + "deepest item\n"
        let parsed = ArticleParser().parse(bytes: Array(text.utf8), path: "lists.md")
        #expect(parsed.diagnostics.map(\.rule) == ["nesting-too-deep"])
        #expect(parsed.article.sections[0].blocks.first?.plainText.contains("deepest item") == true)
    }

    @Test func deepInputParsesOnAWorkerThread() {
        // The loader parses on GCD worker threads, whose stacks are small.
        let text = String(repeating: "> ", count: 5_000) + String(repeating: "*a ", count: 5_000) + "\n"
        let results = ParallelMap.map([text, text]) { ArticleParser().parse(bytes: Array($0.utf8), path: "x.md") }
        #expect(results.allSatisfy { $0.isUsable })
    }

    @Test func unclosedCodeFenceRunsToTheEnd() {
        let parsed = parse("# T\n\n```bash\necho hi\n\n## Not a heading\n")
        #expect(parsed.article.sections.count == 1)
        guard case .codeBlock("bash", let code) = parsed.article.sections[0].blocks.first?.kind else {
            Issue.record("no code block")
            return
        }
        #expect(code.contains("## Not a heading"))
    }
}

@Suite struct FrontMatterSplitterTests {
    @Test(arguments: [
        ("---", nil, true), ("---\n", nil, true), ("---\n---", "", false), ("---\n---\n# H\n", "", false),
        ("---  \ntitle: a\n...\nbody", "title: a", false), ("--- x\n---\n", nil, false), ("", nil, false),
        ("# No front matter\n---\n", nil, false), ("---\r\n", nil, false),
    ] as [(String, String?, Bool)])
    func edges(text: String, yaml: String?, unterminated: Bool) {
        let split = FrontMatterSplitter.split(text)
        #expect(split.yaml == yaml)
        #expect(split.unterminated == unterminated)
    }

    @Test func bodyKeepsItsLineNumbers() {
        let split = FrontMatterSplitter.split("---\na: 1\nb: 2\n---\n# H\ntext\n")
        #expect(split.yaml == "a: 1\nb: 2")
        #expect(split.body == "# H\ntext\n")
        #expect(split.bodyStartLine == 5)
        #expect(split.closeLine == 4)
    }
}
