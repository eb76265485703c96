import Foundation

/// Parses one Markdown article with YAML front matter into an `Article` plus diagnostics.
///
/// Bad input never throws: an unreadable file (too large, binary, UTF-16) gives an empty article that is
/// not `usable`, and everything else is parsed as far as it goes.
public struct ArticleParser: Sendable {
    /// Files larger than this are not read (`file-too-large`).
    public var maximumFileSize: Int

    public static let defaultMaximumFileSize = 4 * 1024 * 1024

    public init(maximumFileSize: Int = ArticleParser.defaultMaximumFileSize) {
        self.maximumFileSize = maximumFileSize
    }

    /// Reads and parses the file at `url`; `path` is how diagnostics name it.
    public func parse(contentsOf url: URL, path: String) -> ParsedArticle {
        switch FileReader.contents(ofPath: url.path, limit: maximumFileSize) {
        case .bytes(let bytes):
            return parse(bytes: bytes, path: path)
        case .tooLarge(let size):
            return unreadable(
                path,
                Diagnostic(
                    rule: RuleName.fileTooLarge, severity: .error, file: path, at: .fileStart,
                    summary: "file is \(size) bytes, more than the limit of \(maximumFileSize) bytes",
                    notes: ["the file is not checked or rendered"],
                    solutions: ["split the article, or raise 'limits.maxFileSize' in docloc.yml"]))
        case .unreadable:
            return unreadable(
                path,
                Diagnostic(
                    rule: RuleName.encodingInvalid, severity: .error, file: path, at: .fileStart,
                    summary: "file cannot be read"))
        }
    }

    /// The file's bytes, when it can be read and is within the size limit (else nil: `parse(contentsOf:)` says why).
    public func contents(of url: URL) -> [UInt8]? {
        guard case .bytes(let bytes) = FileReader.contents(ofPath: url.path, limit: maximumFileSize) else { return nil }
        return bytes
    }

    public func parse(bytes: [UInt8], path: String) -> ParsedArticle {
        if bytes.count > maximumFileSize {
            return unreadable(
                path,
                Diagnostic(
                    rule: RuleName.fileTooLarge, severity: .error, file: path, at: .fileStart,
                    summary: "file is \(bytes.count) bytes, more than the limit of \(maximumFileSize) bytes"))
        }
        let decoded = SourceDecoder(file: path).decode(bytes)
        guard let text = decoded.text else {
            return ParsedArticle(article: Article(path: path), diagnostics: decoded.diagnostics, isUsable: false)
        }
        var result = parse(text: text, path: path)
        result.diagnostics.insert(contentsOf: decoded.diagnostics, at: 0)
        result.fingerprint = Fingerprint.of(bytes)
        result.byteCount = bytes.count
        return result
    }

    /// Parses text that is already decoded (line endings LF).
    public func parse(text: String, path: String) -> ParsedArticle {
        let split = FrontMatterSplitter.split(text)
        let front = FrontMatterParser(file: path).parse(split)
        let converter = CommonMarkConverter(body: split.body, firstLine: split.bodyStartLine)
        let converted = converter.convert(split.body)
        let blocks = DocFXRecognizer().recognize(HTMLLinkFolder.fold(converted.blocks))
        var builder = ArticleBuilder(path: path, frontMatter: front.frontMatter, bodyStartLine: split.bodyStartLine)
        let article = builder.build(blocks)
        var diagnostics = front.diagnostics
        // What is nested too deep is flattened, its text kept: Markdown's blocks, and raw HTML's elements.
        let tooDeep = [
            converted.flattenedAt.map {
                ($0, "blocks are nested more than \(CommonMarkConverter.maximumDepth) levels deep", "quotes and lists below that depth lose their nesting")
            },
            builder.tooDeepHTML.map {
                ($0, "raw HTML is nested more than \(HTMLNesting.limit) elements deep", "the elements below that depth are left out of the page")
            },
        ]
        for case let (at, what, loss)? in tooDeep {
            diagnostics.append(
                Diagnostic(
                    rule: RuleName.nestingTooDeep, severity: .warning, file: path, at: at, summary: what + "; deeper levels are flattened",
                    notes: ["the text is kept, but " + loss]))
        }
        for at in converted.unclosedFences {
            diagnostics.append(
                Diagnostic(
                    rule: RuleName.codeFenceUnclosed, severity: .warning, file: path, at: at,
                    summary: "code block opened on line \(at.line) is never closed; the rest of its container is code",
                    notes: ["headings, lists and links after the fence are shown as code, not read"],
                    solutions: ["close the code block with the same fence it was opened with"]))
        }
        return ParsedArticle(article: article, diagnostics: diagnostics, isUsable: true)
    }

    private func unreadable(_ path: String, _ diagnostic: Diagnostic) -> ParsedArticle {
        ParsedArticle(article: Article(path: path), diagnostics: [diagnostic], isUsable: false)
    }
}

/// What parsing one file gives.
public struct ParsedArticle: Sendable {
    public var article: Article
    public var diagnostics: [Diagnostic]
    /// false when the file could not be read as text at all; such an article is reported, not rendered.
    public var isUsable: Bool
    /// The file's `Fingerprint` (set when it was parsed from bytes).
    public var fingerprint: String?
    /// How many bytes were parsed (0 for a file that was not read).
    public var byteCount = 0

    public init(article: Article, diagnostics: [Diagnostic], isUsable: Bool, fingerprint: String? = nil) {
        self.article = article
        self.diagnostics = diagnostics
        self.isUsable = isUsable
        self.fingerprint = fingerprint
    }
}
