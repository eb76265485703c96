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
    }
}
