import Crypto

/// `<out>/sitemap.xml`: every page written in its own language, each with `xhtml:link` alternates for its
/// other language versions and `x-default` for the source. URLs start with the configured `baseURL`.
struct Sitemap {
    var plan: SitePlan
    var baseURL: String

    /// Writes the sitemap a URL at a time (it grows with the site: 42 MB at 100,000 pages); returns the SHA-256 of
    /// what it wrote (as `StableHasher.digest` spells it), for the build cache.
    @discardableResult
    func write(to stream: StreamWriter) throws(FileWriter.Failure) -> String {
        var digest = SHA256()
        var writer = HTMLWriter(capacity: 64 * 1024)
        writer.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        writer.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n")
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        for page in plan.pages where page.isLanguageVersion {
            writer.append("<url>")
            writer.element("loc", text: base + SitePath.percentEncodedPath(page.outputPath))
            let versions = plan.versions(of: page).filter(\.isLanguageVersion)
            if versions.count > 1 {
                for version in versions {
                    writer.void("xhtml:link", [("rel", "alternate"), ("hreflang", version.locale), ("href", base + SitePath.percentEncodedPath(version.outputPath))])
                }
                if let source = versions.first(where: { $0.kind == .source }) {
                    writer.void("xhtml:link", [("rel", "alternate"), ("hreflang", "x-default"), ("href", base + SitePath.percentEncodedPath(source.outputPath))])
                }
            }
            writer.append("</url>\n")
            if writer.bytes.count >= 60 * 1024 {
                writer.bytes.withUnsafeBytes { digest.update(bufferPointer: $0) }
                try stream.append(writer.bytes)
                writer = HTMLWriter(capacity: 64 * 1024)
            }
        }
        writer.append("</urlset>\n")
        writer.bytes.withUnsafeBytes { digest.update(bufferPointer: $0) }
        try stream.append(writer.bytes)
        try stream.close()
        return StableHasher.hex(digest.finalize())
    }

    /// The sitemap's build-cache key: the site key (`PageInputs.siteKey`) holds everything it is made of — the base
    /// URL, the locales, and every page's path, kind and group.
    static func key(siteKey: String) -> String {
        var hasher = StableHasher()
        hasher.add("docloc sitemap")
        hasher.add(siteKey)
        return hasher.finalize()
    }
}
