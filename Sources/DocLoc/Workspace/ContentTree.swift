import Foundation

/// Every file and folder of a content tree (`walk`), as the checks' file index (`ContentFileIndex`) and the site's
/// asset lookup look files up: `ContentLookups.tree`, walked once per run. With `ContentLoader.walksTree` the
/// loader walks it on another thread while it reads the articles, instead of on the way after them (2 ms of an
/// incremental build of the real corpus, on the thread everything waits for).
public struct ContentTree: Sendable {
    /// Regular files: `nl-NL/media/a.png`.
    public private(set) var files: Set<String> = []
    /// Folders: `nl-NL/admin`.
    public private(set) var folders: Set<String> = []
    /// Which of the articles the walk was given it found, by their index: their paths join `files` as the
    /// documents' own strings (`share`). Kept as flags, not as the walk's strings: 100,000 copies of the paths at
    /// 50k pairs, made on another thread while the articles were parsed, left the heap 6 MB higher for good.
    private var foundArticles: [Bool] = []

    /// Walks `root`. `articles` (the loader's, in its order: a locale's files sorted by path) are looked up instead
    /// of kept.
    init(walking root: URL, articles: [FileDiscovery.File] = []) {
        let lookup = ArticleLookup(articles)
        foundArticles = [Bool](repeating: false, count: articles.count)
        Self.walk(
            root,
            file: { path in
                if let index = lookup.index(of: path) { foundArticles[index] = true } else { files.insert(path) }
            },
            folder: { folders.insert($0) })
    }

    /// Walks `root` for a content set the loader did not walk: its documents' paths are kept as they hold them.
    init(walking root: URL, documents: [Document]) {
        self.init(walking: root, articles: documents.map { FileDiscovery.File(locale: $0.locale, relativePath: $0.relativePath) })
        share(pathsOf: documents)
    }

    /// Hands every file and folder below `root` to `file` and `folder`, as content-relative paths: hidden files
    /// skipped; a symbolic link counts as what it leads to only when that lies inside the tree, and linked
    /// folders are not walked.
    static func walk(_ root: URL, file: (String) -> Void, folder: (String) -> Void) {
        let walker = DirectoryWalker(within: root.standardizedFileURL.path)
        walker.visit(below: root.standardizedFileURL.path) { entry in
            switch entry.kind {
            case .directory, .link(target: .directory, inside: true): folder(entry.relativePath)
            case .file, .link(target: .file, inside: true): file(entry.relativePath)
            default: break
            }
        }
    }

    /// Adds the paths of the articles the walk found, as `documents` (the loader's, one per article it was given, in
    /// the same order) hold them.
    mutating func share(pathsOf documents: [Document]) {
        precondition(documents.count == foundArticles.count, "one document per article, in the same order")
        for (document, found) in zip(documents, foundArticles) where found { files.insert(document.path) }
        foundArticles = []
    }

    /// The articles by content path, without a string per article: each locale's range of the list, halved (one
    /// not found this way — a list out of that order — is kept as a file of its own, as any other).
    private struct ArticleLookup {
        let articles: [FileDiscovery.File]
        var ranges: [String: Range<Int>] = [:]

        init(_ articles: [FileDiscovery.File]) {
            self.articles = articles
            var start = 0
            while start < articles.count {
                let locale = articles[start].locale
                var end = start
                while end < articles.count, articles[end].locale == locale { end += 1 }
                ranges[locale] = start..<end
                start = end
            }
        }

        func index(of path: String) -> Int? {
            guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")),
                let range = ranges[String(path[..<slash])]
            else { return nil }
            let relative = path[path.utf8.index(after: slash)...]
            let first = articles[range].partitioningIndex { $0.relativePath >= relative }
            return first < range.upperBound && articles[first].relativePath == relative ? first : nil
        }
    }
}
