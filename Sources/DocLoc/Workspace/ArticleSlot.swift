import Foundation

/// Where a document keeps its parsed article. A slot made from an article always holds it; a slot the loader
/// made can let its article go (`release`) and parses the file again when it is asked for it later, so a run
/// over a large content set holds only the articles it is working on (`ContentSet.inBatches`).
final class ArticleSlot: @unchecked Sendable {
    /// One lock for every slot (it guards a pointer read, briefly): a large set has a slot per article.
    private static let lock = NSLock()
    private var held: Article?
    private let reparse: (@Sendable () -> Article)?

    /// A slot that always holds `article`.
    init(holding article: Article) {
        held = article
        reparse = nil
    }

    /// A slot that holds `article` (when given) until released, and calls `reparse` when asked afterwards.
    init(article: Article?, reparse: @escaping @Sendable () -> Article) {
        held = article
        self.reparse = reparse
    }

    /// The article: the held one, or parsed again (not kept: `hold` keeps it).
    var article: Article {
        if let article = Self.lock.withLock({ held }) { return article }
        return reparse?() ?? Article(path: "")
    }

    var isHeld: Bool { Self.lock.withLock { held != nil } }

    /// Whether the slot can let its article go and parse it again.
    var canRelease: Bool { reparse != nil }

    /// Parses the article again when it is not held, and keeps it.
    func load() {
        guard let reparse, !isHeld else { return }
        let article = reparse()
        Self.lock.withLock { held = article }
    }

    /// Lets the article go, when it can be parsed again.
    func release() {
        guard reparse != nil else { return }
        Self.lock.withLock { held = nil }
    }
}
