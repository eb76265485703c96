/// locale → Markdown path (locale-relative) → output path of the page rendered from that article in that locale:
/// what relative links resolve through (`SiteLinkResolver`). Each locale's entries are one list sorted by path and
/// searched by halving, not a dictionary: a dictionary's table is up to 2.7 times its entries, and a build holds
/// this to its end (100,000 entries at 50k pairs: 8 MB as dictionaries, 3 MB as lists).
public struct ArticlePageIndex: Sendable {
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var output: String
    }

    private let byLocale: [String: [Entry]]

    /// The same lookups as `dictionary`.
    public init(_ dictionary: [String: [String: String]]) {
        byLocale = dictionary.mapValues { paths in
            paths.map { Entry(path: $0.key, output: $0.value) }.sorted { $0.path < $1.path }
        }
    }

    /// The output path of `path`'s page in `locale`, if it has one.
    public func output(locale: String, path: String) -> String? {
        guard let entries = byLocale[locale] else { return nil }
        let first = entries.partitioningIndex { $0.path >= path }
        return first < entries.count && entries[first].path == path ? entries[first].output : nil
    }

    /// The locales with pages, sorted.
    public var locales: [String] { byLocale.keys.sorted() }

    /// A locale's entries, sorted by path.
    public func entries(in locale: String) -> [Entry] { byLocale[locale] ?? [] }
}
