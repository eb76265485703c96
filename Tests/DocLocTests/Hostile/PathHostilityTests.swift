import Foundation
import Testing
@testable import DocLoc

/// Nothing outside the content tree is read: symbolic links to files and folders outside it, and images
/// linked out of it, are reported or left out, and their bytes never reach the site.
@Suite struct PathHostilityTests {
    static let secret = "SECRET-OUTSIDE-THE-TREE-c41d"

    static func outsideFolder(beside content: ScenarioContent) throws -> URL {
        let outside = content.root.deletingLastPathComponent().appendingPathComponent("docloc-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("# \(secret)\n".utf8).write(to: outside.appendingPathComponent("secret.md"))
        try Data(secret.utf8).write(to: outside.appendingPathComponent("secret.png"))
        return outside
    }

    @Test func aSymlinkedFolderOutOfTheTreeIsNotRead() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        let outside = try Self.outsideFolder(beside: content)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: content.url("en-US/linked"), withDestinationURL: outside)
        let set = try content.load()
        #expect(set.documents.map(\.path) == ["en-US/a.md"])
        #expect(!set.documents.contains { $0.article.title.contains(Self.secret) })
        #expect(set.diagnostics.map { "\($0.rule) \($0.file)" } == ["path-outside-content en-US/linked"])
    }

    @Test func aSymlinkedFolderInsideTheTreeIsNotReported() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n", "en-US/real/b.md": "# B\n"], config: "source: en-US\n")
        try FileManager.default.createSymbolicLink(at: content.url("en-US/alias"), withDestinationURL: content.url("en-US/real"))
        let set = try content.load()
        #expect(set.documents.map(\.path) == ["en-US/a.md", "en-US/real/b.md"])
        #expect(set.diagnostics.isEmpty)
    }

    @Test func aSymlinkedLocaleFolderOutOfTheTreeIsNotRead() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"])
        let outside = try Self.outsideFolder(beside: content)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(at: content.url("nl-NL"), withDestinationURL: outside)
        let set = try content.load()
        #expect(!set.documents.contains { $0.article.title.contains(Self.secret) })
        #expect(set.documents.map(\.path) == ["en-US/a.md"])
        #expect(set.diagnostics.map(\.rule) == [RuleName.pathOutsideContent])
        #expect(set.diagnostics.first?.file == "nl-NL")
    }

    @Test func anImageSymlinkedOutOfTheTreeIsNeitherCopiedNorLinked() throws {
        let site = try SiteScenario(["en-US/a.md": "# A\n\n![leak](media/leak.png)\n"], config: "source: en-US\n")
        let outside = try Self.outsideFolder(beside: site.content)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: site.content.url("en-US/media"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: site.content.url("en-US/media/leak.png"), withDestinationURL: outside.appendingPathComponent("secret.png"))
        try site.build()
        for (path, data) in try site.snapshot() {
            #expect(!String(decoding: data, as: UTF8.self).contains(Self.secret), "\(path) carries the secret")
        }
        #expect(!site.exists("en-US/media/leak.png"))
    }

    @Test func anImageSymlinkedOutOfTheTreeIsReportedMissing() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n\n![leak](media/leak.png)\n"], config: "source: en-US\n")
        let outside = try Self.outsideFolder(beside: content)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: content.url("en-US/media"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: content.url("en-US/media/leak.png"), withDestinationURL: outside.appendingPathComponent("secret.png"))
        let report = CheckRunner.standard().run(try content.load())
        #expect(report.diagnostics.map { "\($0.rule) \($0.file)" } == ["image-missing en-US/a.md"])
    }

    @Test func aFIFONamedMarkdownIsReportedAndNotRead() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        // Opening a FIFO for reading would wait for a writer forever.
        #expect(mkfifo(content.url("en-US/pipe.md").path, 0o644) == 0)
        let set = try content.load()
        #expect(set.documents.map(\.path) == ["en-US/a.md"])
        #expect(set.skipped == ["en-US/pipe.md"])
        #expect(set.diagnostics.map { "\($0.rule) \($0.file)" } == ["encoding-invalid en-US/pipe.md"])
    }

    @Test func aFileNameThatIsNotUTF8IsReportedAndTheRestRead() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        // `b\xFF.md`: a name no String can hold as it is.
        let path = Array(content.url("en-US").path.utf8) + [0x2F, 0x62, 0xFF, 0x2E, 0x6D, 0x64, 0]
        let fd = path.withUnsafeBufferPointer { raw in
            raw.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        try #require(fd >= 0)
        close(fd)
        let set = try content.load()
        #expect(set.documents.map(\.path) == ["en-US/a.md"])
        #expect(set.diagnostics.map { "\($0.rule) \($0.file)" } == ["encoding-invalid en-US/b\u{FFFD}.md"])
    }
}
