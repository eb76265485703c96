/// `link-locale-pinned`: a link with a locale in its path (`https://docs.microsoft.com/en-us/azure/…`) sends
/// every reader to that language; without it the site serves the reader's own.
public struct LinkLocalePinnedRule: ValidationRule {
    public init() {}

    public func check(_ subject: ValidationSubject, in context: ValidationContext) -> [Diagnostic] {
        subject.article.links.compactMap { link in
            guard link.kind == .external || link.kind == .siteAbsolute,
                let pinned = Self.pinnedLocale(link.destination)
            else { return nil }
            let unpinned = link.destination.replacingOccurrences(of: "/\(pinned)/", with: "/")
            var notes: [String] = []
            let unpinnedPath = LinkTarget(unpinned).path.lowercased()
            if let model = context.model, let known = model.external.first(where: { unpinnedPath.hasSuffix($0.lowercased()) }) {
                notes.append("without the locale it is '\(known)', a known target in \(model.file)")
            }
            return Diagnostic(
                rule: RuleName.linkLocalePinned, severity: .warning, file: subject.path, at: link.location,
                summary: "link pins the locale '\(pinned)': every reader of '\(link.destination)' gets the \(pinned) page, "
                    + "whatever their language",
                notes: notes, solutions: ["remove '/\(pinned)' from the link"])
        }
    }

    /// The first path segment of an http(s) URL or site-absolute path that is a language-region tag (`en-us`).
    static func pinnedLocale(_ destination: String) -> String? {
        let lower = destination.lowercased()
        var path = Substring(LinkTarget(destination).path)
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") {
            guard let scheme = path.quickRange(of: "//") else { return nil }
            path = path[scheme.upperBound...]
            guard let slash = path.firstIndex(of: "/") else { return nil }
            path = path[slash...]
        } else if !lower.hasPrefix("/") {
            return nil
        }
        if path.isByteCharacters {
            return path.utf8.split(separator: UInt8(ascii: "/")).first(where: isLanguageRegion).map { String(Substring($0)) }
        }
        return path.split(separator: "/").lazy.map(String.init).first(where: isLanguageRegion)
    }

    /// `isLanguageRegion` on the ASCII bytes of a segment.
    static func isLanguageRegion(_ segment: Substring.UTF8View) -> Bool {
        let parts = segment.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, parts[0].count == 2 else { return false }
        return parts.enumerated().allSatisfy { i, part in
            (i == 0 || part.count == 2 || part.count == 4) && part.allSatisfy(\.isASCIILetter)
        }
    }

    /// `en-us`, `nl-NL`, `zh-hans-cn`: a language and a region or script.
    static func isLanguageRegion(_ segment: String) -> Bool {
        let parts = segment.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.count <= 3, parts[0].count == 2, parts[0].allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { ($0.count == 2 || $0.count == 4) && $0.allSatisfy { $0.isASCII && $0.isLetter } }
    }
}
