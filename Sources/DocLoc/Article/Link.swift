/// A link in an article: Markdown links, autolinks, `<a href>` in raw HTML and include targets.
public struct Link: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable {
        /// `#anchor` within the page.
        case fragment
        /// `other.md`, `../x/y.md#z`, `media/a.png`: a file relative to this article.
        case relativeFile = "relative-file"
        /// `/azure/active-directory/...`: a path on the docs site.
        case siteAbsolute = "site-absolute"
        /// `https://…`, `mailto:` and other schemes.
        case external
        /// `https://go.microsoft.com/fwlink/?linkid=N`.
        case fwlink
    }

    public var text: String
    public var destination: String
    public var kind: Kind
    /// The fwlink id for `.fwlink` links.
    public var fwlinkID: Int?
    public var location: SourceLocation
    public var section: Int

    /// The part before `#` (and before `?`), percent-decoding left to the checks.
    public var path: String { LinkTarget(destination).path }
    /// The part after `#`, if any.
    public var fragment: String? { LinkTarget(destination).fragment }
}

/// A link destination split into path, query and fragment.
public struct LinkTarget: Hashable, Sendable {
    public var path: String
    public var query: String?
    public var fragment: String?

    public init(_ destination: String) {
        if destination.isByteCharacters {
            self.init(bytes: destination)
        } else {
            self.init(characters: destination)
        }
    }

    private init(characters destination: String) {
        var rest = Substring(destination)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        } else {
            fragment = nil
        }
        if let q = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: q)...])
            rest = rest[..<q]
        } else {
            query = nil
        }
        path = String(rest)
    }

    /// The same split, searched on the bytes of a destination whose bytes are its characters.
    private init(bytes destination: String) {
        let utf8 = destination.utf8
        var end = utf8.endIndex
        if let hash = utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(destination[utf8.index(after: hash)...])
            end = hash
        } else {
            fragment = nil
        }
        if let q = utf8[..<end].firstIndex(of: UInt8(ascii: "?")) {
            query = String(destination[utf8.index(after: q)..<end])
            end = q
        } else {
            query = nil
        }
        path = end == utf8.endIndex ? destination : String(destination[..<end])
    }
}
