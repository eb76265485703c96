import Foundation

/// The site files that grow with the site besides the pages — each locale's search indexes and the sitemap —
/// written on a thread of their own while the builder writes the locale indexes (`writeSitePages`).
extension SiteBuilder {
    /// A site file written off the builder's thread, and what `--verify` found in it.
    struct ListingFile: Sendable {
        var path: String
        var malformed: WellFormednessError?
        /// Its build-cache record (the sitemap's, the search indexes').
        var rendered: BuildCache.Rendered?
        /// Written anew, as a stream (not linked from the previous build).
        var streamed = false
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
        siteKey: String, trustedBefore: Int64
    ) -> Result<[ListingFile], DocLocError> {
        var files: [ListingFile] = []
        for locale in plan.publishedLocales {
            let (json, script) = (locale + "/search-index.json", locale + "/search-index.js")
            let pages = plan.pages.indices.filter { plan.pages[$0].locale == locale }
            do {
                // The previous build's two files when they hold the same entries and are still as written (their
                // recorded sizes, older than its cache, else their recorded SHA-256); else written again.
                let key = try spool.indexKey(of: pages, context: siteKey)
                if let oldJSON = previous.rendered[json], let oldScript = previous.rendered[script], oldJSON.key == key,
                    oldScript.key == key,
                    folder.reusePage(json, digest: oldJSON.output, byteCount: oldJSON.byteCount, trustedBefore: trustedBefore),
                    folder.reusePage(script, digest: oldScript.output, byteCount: oldScript.byteCount, trustedBefore: trustedBefore)
                {
                    files += [ListingFile(path: json, rendered: oldJSON), ListingFile(path: script, rendered: oldScript)]
                    continue
                }
                let written = try spool.writeIndex(of: pages, json: folder.stagingPath(json), script: folder.stagingPath(script))
                files += [
                    ListingFile(
                        path: json, rendered: BuildCache.Rendered(key: key, output: written.json.digest, byteCount: written.json.byteCount),
                        streamed: true),
                    ListingFile(
                        path: script,
                        rendered: BuildCache.Rendered(key: key, output: written.script.digest, byteCount: written.script.byteCount),
                        streamed: true),
                ]
            } catch {
                return .failure(.outputNotWritable(path: folder.destination.appendingPathComponent(json).path, reason: error.description))
            }
        }
        // The sitemap changes only with the site key: the previous one is linked when that did not change and it is
        // still as written (its recorded size, older than the cache, else its recorded SHA-256: as a page).
        let sitemap = "sitemap.xml"
        let key = Sitemap.key(siteKey: siteKey)
        var record: BuildCache.Rendered
        var streamed = false
        if let old = previous.rendered[sitemap], old.key == key,
            folder.reusePage(sitemap, digest: old.output, byteCount: old.byteCount, trustedBefore: trustedBefore)
        {
            record = old
        } else {
            do {
                let file = folder.stagingPath(sitemap)
                let digest = try Sitemap(plan: plan, baseURL: baseURL).write(to: try StreamWriter(path: file))
                record = BuildCache.Rendered(key: key, output: digest, byteCount: FileStamp.of(path: file).map { Int($0.size) })
                streamed = true
            } catch {
                return .failure(.outputNotWritable(path: folder.destination.appendingPathComponent(sitemap).path, reason: error.description))
            }
        }
        files.append(
            ListingFile(
                path: sitemap, malformed: verify ? LibXML2.xmlWellFormednessError(file: folder.stagingPath(sitemap)) : nil, rendered: record,
                streamed: streamed))
        return .success(files)
    }
}
