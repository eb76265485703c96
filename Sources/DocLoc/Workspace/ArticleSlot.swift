import Foundation

/// Where a document keeps its parsed article. A slot made from an article always holds it; a slot the loader
/// made can let its article go (`release`) and parses the file again when it is asked for it later, so a run
/// over a large content set holds only the articles it is working on (`ContentSet.inBatches`).
///
/// A large set has a slot per article for the whole run, so a slot is small: the content path it shares with
/// its `Document` and one `Reader` shared by every slot (no URL or closure per article).
final class ArticleSlot: @unchecked Sendable {
    /// Reads articles again: the content directory and the parser, one for the whole content set.
    final class Reader: Sendable {
        let rootPath: String
        let parser: ArticleParser

        init(root: URL, parser: ArticleParser) {
            rootPath = root.path
            self.parser = parser
        }

        /// The file of a content path (`nl-NL/admin/x.md`).
        func url(of path: String) -> URL { URL(fileURLWithPath: rootPath + "/" + path) }

        func parse(_ path: String) -> ParsedArticle { parser.parse(contentsOf: url(of: path), path: path) }
    }

    /// An article kept by reference: the slot stays a few words long, not the size of an `Article`, while
    /// it holds nothing.
    private final class Held: Sendable {
        let article: Article
        init(_ article: Article) { self.article = article }
    }

    /// One lock for every slot (it guards a pointer read, briefly): a large set has a slot per article.
    private static let lock = NSLock()
    private var held: Held?
    private let reader: Reader?
    private let path: String

    /// A slot that always holds `article`.
    init(holding article: Article) {
        held = Held(article)
        reader = nil
        path = article.path
    }

    /// A slot that holds `article` (when given) until released, and has `reader` parse the file at `path`
    /// when asked afterwards.
    init(article: Article?, reader: Reader, path: String) {
        held = article.map(Held.init)
        self.reader = reader
        self.path = path
    }

    /// The article: the held one, or parsed again (not kept: `load` keeps it).
    var article: Article {
        if let held = Self.lock.withLock({ held }) { return held.article }
        return reader?.parse(path).article ?? Article(path: path)
    }

    var isHeld: Bool { Self.lock.withLock { held != nil } }

    /// Whether the slot can let its article go and parse it again.
    var canRelease: Bool { reader != nil }

    /// Parses the article again when it is not held, and keeps it.
    func load() {
        guard let reader, !isHeld else { return }
        let article = reader.parse(path).article
        Self.lock.withLock { held = Held(article) }
    }

    /// Lets the article go, when it can be parsed again: freed once the lock is let go, so that slots released on
    /// several threads at once free their articles in parallel.
    func release() {
        guard reader != nil else { return }
        let article = Self.lock.withLock { () -> Held? in
            defer { held = nil }
            return held
        }
        withExtendedLifetime(article) {}
    }
}
