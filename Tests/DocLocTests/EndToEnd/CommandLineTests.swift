import Foundation
import Testing

/// The built binary on the seeds, the demo content and small fixtures: exit statuses, formats, paths.
@Suite struct CommandLineTests {
    @Test func inspectJSONShowsTheSeedModel() throws {
        let run = try DoclocBinary.run(["inspect", TestPaths.fixture("nl-NL-user-consent.md").path, "--format", "json"])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let article = try #require(json["article"] as? [String: Any])
        let sections = try #require(article["sections"] as? [[String: Any]])
        #expect(sections.compactMap { $0["explicitAnchor"] as? String } == [
            "managing-user-consent-to-apps-in-microsoft-365", "turning-user-consent-on-or-off", "more-info",
        ])
        let anchors = try #require(article["anchors"] as? [[String: Any]])
        #expect(anchors.filter { $0["name"] as? String == "__toc379982114" }.count == 2)
        let links = try #require(article["links"] as? [[String: Any]])
        #expect(links.contains { $0["fwlinkID"] as? Int == 2053743 })
        #expect(links.filter { ($0["destination"] as? String)?.contains("docs.microsoft.com/azure") == true }.count == 2)
        let paths = try #require(article["uiPaths"] as? [[String: Any]])
        let first = try #require(paths.first?["segments"] as? [[String: Any]])
        #expect(first.compactMap { $0["label"] as? String }.first == "instellingen")
        #expect((first.first?["location"] as? [String: Int])?["line"] == 43)
    }

    @Test func inspectTextIsAnOutline() throws {
        let run = try DoclocBinary.run(["inspect", TestPaths.fixture("en-US-integrated-apps.md").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("## More info on Integrated Apps  #more-info-on-integrated-apps"))
        #expect(run.stdout.contains("ui path: Settings > Settings > Services > Integrated apps  [39:35]"))
    }

    @Test func checkReportsBadFilesAndExitsOne() throws {
        let content = try ScenarioContent([
            "en-US/good.md": "---\ntitle: Good\n---\n# Good\n\nFine.\n",
            "en-US/bad.md": "---\ntitle: [unclosed\n---\n# Bad\n",
        ])
        let run = try DoclocBinary.run(["check", "--content", content.root.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("en-US/bad.md:2:"))
        #expect(run.stdout.contains("error:"))
        #expect(run.stdout.contains("[frontmatter-invalid]"))
        #expect(!run.stdout.contains("good.md:"))
        #expect(run.stdout.contains("checked 2 files"))
    }

    @Test func checkJSONFollowsTheContract() throws {
        let content = try ScenarioContent(["en-US/bad.md": "---\n- a\n---\n# Bad\n"])
        let run = try DoclocBinary.run(["check", "--content", content.root.path, "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let d = try #require(diagnostics.first)
        #expect(d["rule"] as? String == "frontmatter-invalid")
        #expect(d["severity"] as? String == "error")
        #expect(d["file"] as? String == "en-US/bad.md")
        #expect(d["line"] as? Int == 2)
        #expect(d["column"] as? Int != nil)
        #expect(d["message"] as? String != nil)
        #expect(d["notes"] as? [String] != nil)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["files"] == 1)
        #expect(summary["errors"] == 1)
    }

    @Test func usageAndEnvironmentFailuresExitTwo() throws {
        #expect(try DoclocBinary.run(["check", "--format", "nonsense"]).status == 2)
        #expect(try DoclocBinary.run(["frobnicate"]).status == 2)
        let missing = try DoclocBinary.run(["check", "--content", "/nonexistent/content"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist"))
        #expect(try DoclocBinary.run(["--help"]).status == 0)
    }

    @Test func noColourWhenNotATerminal() throws {
        let content = try ScenarioContent(["en-US/bad.md": "---\n- a\n---\n"])
        let run = try DoclocBinary.run(["check", "--content", content.root.path])
        #expect(!run.stdout.contains("\u{1B}["))
    }

    /// The seeds, end to end: the defects their README lists are all reported, with exit status 1.
    @Test func theDemoContentReportsTheSeedDefects() throws {
        let run = try DoclocBinary.run(["check", "--content", TestPaths.content.path, "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["summary"] as? [String: Int])?["files"] == 2)
        let found = Set((json["diagnostics"] as? [[String: Any]] ?? []).map {
            "\($0["file"] as? String ?? ""):\($0["line"] as? Int ?? 0) \($0["rule"] as? String ?? "")"
        })
        for expected in [
            "en-US/admin/misc/user-consent.md:39 uipath-outdated", "en-US/admin/misc/user-consent.md:44 anchor-duplicate",
            "en-US/admin/misc/user-consent.md:46 link-locale-pinned", "nl-NL/admin/misc/user-consent.md:43 uipath-unknown",
            "nl-NL/admin/misc/user-consent.md:48 anchor-duplicate", "nl-NL/admin/misc/user-consent.md:32 number-changed",
            "nl-NL/admin/misc/user-consent.md:36 structure", "nl-NL/admin/misc/user-consent.md:52 link-changed",
            "nl-NL/admin/misc/user-consent.md:38 section-renamed", "nl-NL/admin/misc/user-consent.md:23 source-changed",
        ] {
            #expect(found.contains(expected), "\(expected)")
        }
    }
}
