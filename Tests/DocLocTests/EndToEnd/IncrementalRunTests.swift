import Foundation
import Testing

/// The built binary's `build --incremental` on a copy of the seed content: the second run parses and compares
/// only what changed, says so, and leaves the site a full build would write.
@Suite struct IncrementalRunTests {
    @Test func aSecondRunParsesOnlyTheTouchedArticle() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-e2e-inc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let content = work.appendingPathComponent("content")
        try FileManager.default.copyItem(at: TestPaths.package.appendingPathComponent("content"), to: content)
        let (site, full) = (work.appendingPathComponent("site").path, work.appendingPathComponent("full").path)
        let first = try DoclocBinary.run(["build", "--content", content.path, "--out", site, "--incremental"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("unchanged since the last build: 0 of 2 articles"))

        let article = try #require(FileManager.default.enumerator(atPath: content.appendingPathComponent("en-US").path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".md") })
        let handle = try FileHandle(forWritingTo: content.appendingPathComponent("en-US/" + article))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nOne more line.\n".utf8))
        try handle.close()
        let second = try DoclocBinary.run(["build", "--content", content.path, "--out", site, "--incremental"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("unchanged since the last build: 1 of 2 articles (not parsed), 0 of 1 pairs"))
        #expect(second.stdout.contains("index and dashboard rows (copied, not rendered)"))

        #expect(try DoclocBinary.run(["build", "--content", content.path, "--out", full]).status == 0)
        for page in ["index.html", "en-US/search-index.json", "translation-status.html", "sitemap.xml", "en-US/" + article.replacingOccurrences(of: ".md", with: ".html")] {
            let a = try Data(contentsOf: URL(fileURLWithPath: site + "/" + page))
            let b = try Data(contentsOf: URL(fileURLWithPath: full + "/" + page))
            #expect(a == b, "\(page) differs")
        }

        // The site the second run replaced was kept beside it; a third run writes into it and still leaves, file
        // for file, the site a full build writes.
        let spare = work.appendingPathComponent(".site.docloc-spare").path
        #expect(FileManager.default.fileExists(atPath: spare))
        try Data("---\ntitle: New\n---\n# New\n\nA new article.\n".utf8).write(to: content.appendingPathComponent("en-US/new-article.md"))
        let third = try DoclocBinary.run(["build", "--content", content.path, "--out", site, "--incremental"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(try DoclocBinary.run(["build", "--content", content.path, "--out", full]).status == 0)
        let cacheFiles: Set<String> = [".docloc-cache", ".docloc-search"]
        let siteFiles = try FileManager.default.subpathsOfDirectory(atPath: site).filter { !cacheFiles.contains($0) }.sorted()
        #expect(siteFiles == (try FileManager.default.subpathsOfDirectory(atPath: full).filter { !cacheFiles.contains($0) }.sorted()))
        #expect(siteFiles.contains("en-US/new-article.html"))
        for file in siteFiles where !file.hasSuffix("/") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: site + "/" + file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            #expect(FileManager.default.contents(atPath: site + "/" + file) == FileManager.default.contents(atPath: full + "/" + file), "\(file)")
        }
    }
}
