import Foundation
import Testing
@testable import DocLoc

/// Issue 7 end to end: the built binary checks and builds one content set with every kind of bad file beside
/// good ones. Each bad file is named with its rule and line, `check` exits 1, every good page is built and
/// well-formed, and nothing from outside the content tree reaches the output.
@Suite struct HostileEndToEndTests {
    static func diagnostics(_ stdout: String) throws -> [HostileContent.Expected] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let list = try #require(json["diagnostics"] as? [[String: Any]])
        return list.map {
            HostileContent.Expected(file: $0["file"] as? String ?? "", rule: $0["rule"] as? String ?? "", line: $0["line"] as? Int ?? 0)
        }
    }

    @Test func checkNamesEveryBadFileAndBuildPublishesEveryGoodPage() throws {
        let hostile = try HostileContent()
        let root = hostile.content.root.path

        let json = try DoclocBinary.run(["check", "--content", root, "--format", "json"])
        #expect(json.status == 1)
        let found = try Self.diagnostics(json.stdout)
        for expected in hostile.expected {
            #expect(found.contains(expected), "missing \(expected); got \(found.filter { $0.file == expected.file })")
        }
        let badFiles = Set(hostile.expected.map(\.file))
        let unexpected = found.filter { !badFiles.contains($0.file) }
        #expect(unexpected.isEmpty, "diagnostics for good files: \(unexpected)")
        let summary = try #require((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["summary"] as? [String: Int])
        #expect(summary["files"] == 4 + HostileContent.readableBadPages.count + HostileContent.unreadableBadPages.count)

        let text = try DoclocBinary.run(["check", "--content", root], environment: ["NO_COLOR": "1"])
        #expect(text.status == 1)
        for expected in hostile.expected {
            #expect(text.stdout.contains("\(expected.file):\(expected.line):"), "text output does not name \(expected)")
        }

        let out = hostile.outside.deletingLastPathComponent().appendingPathComponent("docloc-hostile-site-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try DoclocBinary.run(["build", "--content", root, "--out", out.path, "--verify", "--templates", TestPaths.package.appendingPathComponent("templates").path])
        #expect(build.status == 0, "\(build.stderr)")
        for page in HostileContent.goodPages + HostileContent.readableBadPages {
            let url = out.appendingPathComponent(page)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                Issue.record("\(page) was not built")
                continue
            }
            #expect(LibXML2.xmlWellFormednessError(Array(data)) == nil, "\(page) is not well-formed")
        }
        for page in HostileContent.unreadableBadPages {
            #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "\(page) was built")
        }
        let checker = try SiteChecker(root: out)
        #expect(checker.malformed.isEmpty)
        for file in checker.files {
            let bytes = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(!String(decoding: bytes, as: UTF8.self).contains(HostileContent.secret), "\(file) carries the secret")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("root:x:0:0"), "\(file) carries /etc/passwd")
        }
        let start = try String(contentsOf: out.appendingPathComponent("en-US/good/start.html"), encoding: .utf8)
        #expect(start.contains("An included note."))
        #expect(start.contains(#"href="other.html#details""#))
        // The include cycle is cut where it leads back to the page: Cycle A, then Cycle B once.
        let cycle = try String(contentsOf: out.appendingPathComponent("en-US/bad/cycle-a.html"), encoding: .utf8)
        let main = try #require(cycle.range(of: "<main")).lowerBound
        #expect(cycle[main...].components(separatedBy: "<h1").count == 3)
    }
}
