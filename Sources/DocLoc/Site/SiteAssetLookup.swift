import Foundation

/// `AssetLooking` over the set of files in the content tree, listed once. A file is looked up in the page's
/// locale, where the reference points, then in each locale, source first (an image a translation does not
/// have comes from the source). Lookups are case-sensitive, as on
/// a web server, so a reference that differs from the file only by case stays broken (and `image-missing`
/// reports it).
public struct SiteAssetLookup: AssetLooking {
    public let files: Set<String>
    /// Every locale, source first.
    public let locales: [String]

    public init(files: Set<String>, locales: [String]) {
        self.files = files
        self.locales = locales
    }

    public func asset(_ reference: String, writtenIn documentPath: String, pageLocale: String) -> String? {
        let path = LinkTarget(reference).path
        guard !path.isEmpty, !URLPolicy.isExternal(path), !path.hasPrefix("/"),
            let resolved = SitePath.resolve(path, against: documentPath)
        else { return nil }
        let rest = SitePath.splitLocale(resolved).rest
        if rest.isEmpty { return files.contains(resolved) ? resolved : nil }
        let candidates = [pageLocale + "/" + rest, resolved] + locales.map { $0 + "/" + rest }
        return candidates.first(where: files.contains)
    }
}
