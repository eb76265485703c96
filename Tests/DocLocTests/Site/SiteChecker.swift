import Foundation
@testable import DocLoc

/// A link checker and well-formedness check for a built site (a test helper, lychee-style: outcomes are
/// data). It reads every `.html` page with libxml2's XML parser, collects the ids each page defines, and
/// follows every internal `href` and `src` (alternates, stylesheets and scripts included) to a file of the
/// site and, for fragments, to an id on the target page.
struct SiteChecker {
    struct Broken: Hashable, CustomStringConvertible {
        var page: String
        var url: String
        /// The site path the URL leads to and its fragment.
        var target: String
        var fragment: String?
        var reason: String

        var description: String { "\(page): \(url) (\(reason))" }
    }

    let root: URL
    private(set) var files: Set<String> = []
    private(set) var ids: [String: Set<String>] = [:]
    private(set) var urls: [String: [String]] = [:]
    private(set) var malformed: [String: WellFormednessError] = [:]

    init(root: URL) throws {
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
        let base = self.root.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        while let path = enumerator?.nextObject() as? String {
            if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeRegular { files.insert(path) }
        }
        for page in files where page.hasSuffix(".html") {
            let bytes = Array(try Data(contentsOf: self.root.appendingPathComponent(page)))
            if let error = LibXML2.xmlWellFormednessError(bytes) { malformed[page] = error }
            var pageIDs: Set<String> = []
            var pageURLs: [String] = []
            for tag in HTMLTagScanner.startTags(in: String(decoding: bytes, as: UTF8.self)) {
                if let id = tag.attributes["id"] { pageIDs.insert(Self.decoded(id)) }
                for key in ["href", "src"] { if let url = tag.attributes[key] { pageURLs.append(Self.decoded(url)) } }
            }
            ids[page] = pageIDs
            urls[page] = pageURLs
        }
    }

    /// Every internal URL that leads to no file, or to no id on its target page. DocFX tab links
    /// (`#tab/…`) are not anchors and are skipped.
    func brokenLinks() -> [Broken] {
        var broken: [Broken] = []
        for page in urls.keys.sorted() {
            for url in urls[page] ?? [] where !URLPolicy.isExternal(url) && !url.hasPrefix("/") {
                let target = LinkTarget(url)
                let path = target.path.isEmpty ? page : SitePath.resolve(target.path, against: page) ?? ""
                let fragment = target.fragment.flatMap { $0.isEmpty || $0.hasPrefix("tab/") ? nil : SitePath.percentDecoded($0) }
                if !files.contains(path) {
                    broken.append(Broken(page: page, url: url, target: path, fragment: fragment, reason: "no such file"))
                } else if let fragment, path.hasSuffix(".html"), ids[path]?.contains(fragment) != true {
                    broken.append(Broken(page: page, url: url, target: path, fragment: fragment, reason: "no id '\(fragment)'"))
                }
            }
        }
        return broken
    }

    private static func decoded(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
