import Foundation
import Testing

/// The built binary with `DOCLOC_HOLD_LIMIT=0` (every content set worked through in batches, as a large one is)
/// prints the same check report and builds the same site as with the default.
@Suite struct BatchedRunTests {
    @Test func checkAndBuildAreTheSameInBatches() throws {
        let seeds = TestPaths.package.appendingPathComponent("content").path
        let held = try DoclocBinary.run(["check", "--content", seeds, "--format", "json"])
        let batched = try DoclocBinary.run(["check", "--content", seeds, "--format", "json"], environment: ["DOCLOC_HOLD_LIMIT": "0"])
        #expect(held.stdout.contains("\"diagnostics\""))
        #expect(batched.stdout == held.stdout && batched.status == held.status)

        let out = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-e2e-batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        for (name, limit) in [("held", nil), ("batched", "0")] as [(String, String?)] {
            let run = try DoclocBinary.run(
                ["build", "--content", seeds, "--out", out.appendingPathComponent(name).path, "--verify"],
                environment: limit.map { ["DOCLOC_HOLD_LIMIT": $0] } ?? [:])
            #expect(run.status == 0, "\(run.stderr)")
        }
        for page in ["index.html", "en-US/search-index.json", "nl-NL/search-index.js", "translation-status.html", "sitemap.xml"] {
            let a = try Data(contentsOf: out.appendingPathComponent("held/" + page))
            let b = try Data(contentsOf: out.appendingPathComponent("batched/" + page))
            #expect(a == b, "\(page) differs")
        }
    }
}
