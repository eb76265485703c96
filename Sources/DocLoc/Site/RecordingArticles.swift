import Foundation

/// `ArticleProviding` that remembers every content path asked for, so a page's cache key can name the
/// includes it depends on (found or not). One per page render; safe to share across threads.
final class RecordingArticles: ArticleProviding, @unchecked Sendable {
    private let base: any ArticleProviding
    private let lock = NSLock()
    private var asked: Set<String> = []

    init(_ base: any ArticleProviding) {
        self.base = base
    }

    func article(at contentPath: String) -> Article? {
        lock.withLock { _ = asked.insert(contentPath) }
        return base.article(at: contentPath)
    }

    /// The paths asked for so far, sorted.
    var lookups: [String] {
        lock.withLock { asked.sorted() }
    }
}
