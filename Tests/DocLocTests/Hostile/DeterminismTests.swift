import Foundation
import Testing
@testable import DocLoc

/// Issue 7, concurrency: the pipeline parses, checks and renders articles in parallel, and its output must
/// not depend on scheduling. The demo content plus a generated set of 50 articles and their translations is
/// checked and built 20 times; every report and every byte of every site must be the same.
@Suite struct DeterminismTests {
    static let runs = 20

    /// 50 English articles linking, including and showing images across folders, 40 Dutch translations
    /// (some outdated), a shared include and images, and the demo content's model and articles.
    static func generatedFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        let demo = TestPaths.content
        let enumerator = FileManager.default.enumerator(atPath: demo.path)
        while let path = enumerator?.nextObject() as? String {
            guard enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeRegular, path != "docloc.yml" else { continue }
            files[path] = try String(contentsOf: demo.appendingPathComponent(path), encoding: .utf8)
        }
        files["en-US/includes/shared.md"] = "> [!TIP]\n> A shared tip with a [link](../gen/folder-0/article-0.md#steps).\n"
        files["en-US/media/shared.png"] = "PNG"
        for i in 0..<50 {
            let folder = "gen/folder-\(i % 5)"
            let next = "../folder-\((i + 1) % 5)/article-\((i + 1) % 50).md"
            let english = """
                ---
                title: Generated article \(i)
                description: Article \(i) of the generated set
                ms.assetid: gen-\(i)
                ---
                # Generated article \(i)

                Intro with **Settings** > **Org settings** > **Services** and [the next article](\(next)#steps).

                ## Steps

                1. Open the page \(i).
                2. Select **Save** and wait \(i * 7) seconds.

                ![Shared](../../media/shared.png)

                | Column | Value |
                |---|---|
                | \(i) | <kbd>Ctrl</kbd>+<kbd>\(i)</kbd> |

                [!INCLUDE[shared](../../includes/shared.md)]

                ## More <a name="more-\(i)"></a>

                See [missing](missing-\(i).md) and [anchor](#nowhere-\(i)).

                """
            files["en-US/\(folder)/article-\(i).md"] = english
            if i < 40 {
                files["nl-NL/\(folder)/article-\(i).md"] = """
                    ---
                    title: Gegenereerd artikel \(i)
                    ms.assetid: gen-\(i)
                    ms.translationtype: \(i % 2 == 0 ? "MT" : "HT")
                    ms.openlocfilehash: \(i % 3 == 0 ? "0000" : "")
                    ---
                    # Gegenereerd artikel \(i)

                    Inleiding met **Instellingen** > **Organisatie-instellingen** en [het volgende](\(next)#steps).

                    ## Stappen <a name="steps"></a>

                    1. Open de pagina \(i).

                    """
            }
        }
        return files
    }

    @Test func twentyChecksAndBuildsGiveTheSameBytes() throws {
        let content = try ScenarioContent(try Self.generatedFiles(), config: try String(contentsOf: TestPaths.content.appendingPathComponent("docloc.yml"), encoding: .utf8))
        var firstReport: String?
        var firstSite: [String: Data]?
        let outs = (0..<Self.runs).map { _ in
            FileManager.default.temporaryDirectory.appendingPathComponent("docloc-determinism-\(UUID().uuidString)")
        }
        defer { for out in outs { try? FileManager.default.removeItem(at: out) } }
        for out in outs {
            let set = try content.load()
            let report = ReportFormat.json.formatter().format(CheckRunner.standard().run(set))
            if let firstReport {
                #expect(report == firstReport)
            } else {
                firstReport = report
                #expect(report.contains("\"link-broken\""))
            }
            let result = try SiteBuilder(content: set, drift: DriftEngine().report(for: set), theme: try Theme.load(overrides: nil))
                .build(into: out)
            #expect(result.published)
            let site = try SiteScenario.snapshot(of: out)
            if let firstSite {
                #expect(site.keys.sorted() == firstSite.keys.sorted())
                let differing = site.keys.filter { site[$0] != firstSite[$0] }.sorted()
                #expect(differing.isEmpty, "files that differ between runs: \(differing.prefix(10))")
            } else {
                firstSite = site
                #expect(site.count > 100)
            }
        }
    }
}
