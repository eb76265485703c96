import Foundation
import Testing
@testable import DocLoc

/// Issue 7, the environment cases: a missing template folder, an output folder that cannot be written, an
/// output folder inside the content tree. The binary exits 2 with a message naming the path, writes
/// nothing, and leaves the content tree as it was.
@Suite struct EnvironmentFailureTests {
    static func contentFiles(_ root: URL) -> [String] {
        (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
    }

    @Test func missingTemplateFolderExitsTwo() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        let out = content.root.deletingLastPathComponent().appendingPathComponent("docloc-out-\(UUID().uuidString)")
        let missing = "/nonexistent/docloc-templates-\(UUID().uuidString)"
        let run = try DoclocBinary.run(["build", "--content", content.root.path, "--out", out.path, "--templates", missing])
        #expect(run.status == 2)
        #expect(run.stderr.contains("template '\(missing)' does not exist"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func templateFolderWithABrokenTemplateExitsTwo() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        let templates = try ScenarioContent(["article.mustache": "{{#body}}unclosed section\n"], config: nil)
        let out = content.root.deletingLastPathComponent().appendingPathComponent("docloc-out-\(UUID().uuidString)")
        let run = try DoclocBinary.run(["build", "--content", content.root.path, "--out", out.path, "--templates", templates.root.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("article.mustache"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// A template that includes itself overflowed the stack (exit 139, no message); it is a template error now,
    /// and the site already in --out stays as it was.
    @Test func templateFolderWithARecursiveTemplateExitsTwo() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        let out = content.root.deletingLastPathComponent().appendingPathComponent("docloc-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try DoclocBinary.run(["build", "--content", content.root.path, "--out", out.path]).status == 0)
        let page = try Data(contentsOf: out.appendingPathComponent("en-US/a.html"))
        let templates = try ScenarioContent(["article.mustache": "<p>\n{{>article}}\n"], config: nil)
        let run = try DoclocBinary.run(["build", "--content", content.root.path, "--out", out.path, "--templates", templates.root.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(templates.url("article.mustache").path):2: error: template 'article' includes itself"), "\(run.stderr)")
        #expect(try Data(contentsOf: out.appendingPathComponent("en-US/a.html")) == page)
        let staging = try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path)
            .filter { $0.hasPrefix("." + out.lastPathComponent + ".docloc-staging") }
        #expect(staging.isEmpty, "\(staging)")
    }

    @Test func unwritableOutputExitsTwo() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        // A regular file where a folder of the output path must be: not writable even for root.
        let file = content.root.deletingLastPathComponent().appendingPathComponent("docloc-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try DoclocBinary.run(["build", "--content", content.root.path, "--out", file.appendingPathComponent("site").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot write output to '\(file.appendingPathComponent("site").path)'"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }

    @Test func outputInsideTheContentTreeExitsTwoAndLeavesTheTreeAlone() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n", "nl-NL/a.md": "# A\n"])
        let before = Self.contentFiles(content.root)
        for inside in ["en-US/_site", "_site", "."] {
            let out = content.root.appendingPathComponent(inside).standardizedFileURL.path
            let run = try DoclocBinary.run(["build", "--content", content.root.path, "--out", out])
            #expect(run.status == 2, "\(inside)")
            #expect(run.stderr.contains("inside the content tree") || run.stderr.contains("contains the content tree"), "\(run.stderr)")
            #expect(Self.contentFiles(content.root) == before, "the content tree changed building into \(inside)")
        }
        let check = try DoclocBinary.run(["check", "--content", content.root.path])
        #expect(check.status == 0)
    }
}
