import Foundation
import Testing

/// `docloc build` end to end, through the debug binary `swift build` puts beside the tests.
@Suite struct BuildCommandTests {
    static let binary = TestPaths.package.appendingPathComponent(".build/debug/docloc")

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func buildsTheSeedSiteAndVerifiesIt() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Self.run(["build", "--content", TestPaths.content.path, "--out", out.path, "--verify"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("wrote 2 pages"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("nl-NL/admin/misc/user-consent.html").path))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func environmentFailuresExitWithStatusTwo() throws {
        let content = try ScenarioContent(["en-US/a.md": "# A\n"], config: "source: en-US\n")
        let inside = try Self.run(["build", "--content", content.root.path, "--out", content.url("en-US/site").path])
        #expect(inside.status == 2)
        #expect(inside.output.contains("inside the content tree"))
        let noTemplates = try Self.run(["build", "--content", content.root.path, "--templates", "/nonexistent", "--out", "/tmp/x"])
        #expect(noTemplates.status == 2)
        #expect(noTemplates.output.contains("template '/nonexistent' does not exist"))
    }
}
