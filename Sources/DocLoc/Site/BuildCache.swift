import Foundation

/// What `docloc build` remembers about each article page it wrote, in `<out>/.docloc-cache`, so that
/// `--incremental` can reuse a page whose inputs have not changed instead of rendering it again.
///
/// A page is keyed by the SHA-256 of everything its bytes depend on (`PageInputs`); the entry also keeps the
/// SHA-256 of the bytes written (a page edited by hand since is rendered again), the content files the page
/// uses (copied into the site), and the include paths the renderer looked up (with what it found there,
/// they are part of the next key).
public struct BuildCache: Codable, Sendable, Equatable {
    public static let fileName = ".docloc-cache"
    /// Bumped when the cache layout or the meaning of a key changes; a cache of another format is ignored.
    public static let format = 1

    public var format: Int
    /// Output path → entry, for every article page of the build.
    public var pages: [String: Entry]

    public init(pages: [String: Entry] = [:]) {
        self.format = Self.format
        self.pages = pages
    }

    /// The cache of the site in `folder`, or an empty one when there is none or it cannot be read.
    public static func load(from folder: URL) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
            let cache = try? JSONDecoder().decode(BuildCache.self, from: data), cache.format == format
        else { return BuildCache() }
        return cache
    }

    /// The cache as JSON bytes, keys sorted, so the same build writes the same file.
    public func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Array((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }
}
