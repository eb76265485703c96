import Foundation

/// The site files that grow with the site besides the pages — each locale's search indexes and the sitemap —
/// written on a thread of their own while the builder writes the locale indexes (`writeSitePages`).
extension SiteBuilder {
    /// A site file written off the builder's thread, and what `--verify` found in it.
    struct ListingFile: Sendable {
        var path: String
        var malformed: WellFormednessError?
        /// Its build-cache record (the sitemap's).
        var rendered: BuildCache.Rendered?
    }

    /// The spool, handed to the thread that writes the search indexes; the builder does not touch it until that
    /// thread is done.
    struct SpoolHandover: @unchecked Sendable {
        let spool: SearchIndexSpool
        init(_ spool: SearchIndexSpool) { self.spool = spool }
    }

    /// Each locale's search indexes (from the spool) and the sitemap, written into the staging folder.
    static func writeListings(
        plan: SitePlan, spool: SearchIndexSpool, folder: OutputFolder, baseURL: String, verify: Bool, previous: BuildCache,
        siteKey: String
    ) -> Result<[ListingFile], DocLocError> {
        var files: [ListingFile] = []
        for locale in plan.publishedLocales {
            let (json, script) = (locale + "/search-index.json", locale + "/search-index.js")
            do {
                try spool.writeIndex(
                    of: plan.pages.indices.filter { plan.pages[$0].locale == locale },
                    json: folder.stagingPath(json), script: folder.stagingPath(script))
            } catch {
                return .failure(.outputNotWritable(path: folder.destination.appendingPathComponent(json).path, reason: error.description))
            }
            files += [ListingFile(path: json), ListingFile(path: script)]
        }
        // The sitemap changes only with the site key: the previous one is linked when that did not change.
        let sitemap = "sitemap.xml"
        let key = Sitemap.key(siteKey: siteKey)
        var record: BuildCache.Rendered
        if let old = previous.rendered[sitemap], old.key == key, folder.reuse(sitemap, digest: old.output) {
            record = old
        } else {
            do {
                let digest = try Sitemap(plan: plan, baseURL: baseURL).write(to: try StreamWriter(path: folder.stagingPath(sitemap)))
                record = BuildCache.Rendered(key: key, output: digest)
            } catch {
                return .failure(.outputNotWritable(path: folder.destination.appendingPathComponent(sitemap).path, reason: error.description))
            }
        }
        files.append(
            ListingFile(
                path: sitemap, malformed: verify ? LibXML2.xmlWellFormednessError(file: folder.stagingPath(sitemap)) : nil, rendered: record))
        return .success(files)
    }
}
