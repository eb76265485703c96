import Foundation
import Testing
@testable import DocLoc

/// `StatusDashboard`'s rows: a row whose verdict has a key is keyed by it (with the page it links), not by its values.
@Suite struct StatusDashboardTests {
    /// Two Dutch translations of two English articles, their plan, and a verdict box per pair.
    static func dashboard(keys: [Digest256?], titles: [String]? = nil) throws -> StatusDashboard {
        func document(_ path: String) -> Document {
            let (locale, rest) = SitePath.splitLocale(path)
            return Document(locale: locale, relativePath: rest, article: Article(path: path))
        }
        let documents = ["en-US/a.md", "en-US/b.md", "nl-NL/a.md", "nl-NL/b.md"].map(document)
        let configuration = Configuration(source: "en-US", translations: ["nl-NL"])
        let content = ContentSet(
            root: URL(fileURLWithPath: "/nonexistent"), configuration: configuration, documents: documents, diagnostics: [],
            pairs: TranslationPairer(configuration: configuration).pairs(documents))
        let plan = SitePlan(content: content, drift: nil)
        let verdicts = content.pairs.enumerated().map { index, pair in
            DriftBox(
                PairDrift(
                    pair: pair, status: .outdated, findings: [DriftFinding(kind: "number-changed", message: "3 became 4")],
                    sourcePath: pair.source.map { documents[$0].path }, translationPath: pair.translation.map { documents[$0].path },
                    isMachineTranslated: false, handoffDate: "2026-01-02", recordedFingerprint: nil, sourceFingerprint: nil),
                key: keys[index])
        }
        return StatusDashboard(
            plan: plan, verdicts: verdicts, titles: titles ?? plan.pages.map { "Title of \($0.outputPath)" }, siteTitle: "Help")
    }

    static func rows(_ dashboard: StatusDashboard) throws -> TemplateRows {
        let locales = try #require(dashboard.values()["locales"] as? [[String: Any]])
        return try #require(locales.first?["rows"] as? TemplateRows)
    }

    static let keyA = Digest256(Array(repeating: UInt8(1), count: 32))
    static let keyB = Digest256(Array(repeating: UInt8(2), count: 32))

    @Test func aRowWithAKeyIsKeyedByItsInputs() throws {
        let dashboard = try Self.dashboard(keys: [Self.keyA, Self.keyB])
        let rows = try Self.rows(dashboard)
        #expect(rows.count == 2)
        #expect(rows.digest(0) == dashboard.rowDigest(dashboard.verdicts[0]))
        #expect(rows.digest(0) != TemplateValues.digestBytes(rows.item(0)))
        #expect(rows.digest(0) != rows.digest(1))
    }

    @Test func anotherKeyOrTitleGivesAnotherDigest() throws {
        let base = try Self.rows(Self.dashboard(keys: [Self.keyA, Self.keyB])).digest(0)
        #expect(try Self.rows(Self.dashboard(keys: [Self.keyA, Self.keyB])).digest(0) == base)
        #expect(try Self.rows(Self.dashboard(keys: [Self.keyB, Self.keyA])).digest(0) != base)
        let dashboard = try Self.dashboard(keys: [Self.keyA, Self.keyB])
        let retitled = try Self.dashboard(keys: [Self.keyA, Self.keyB], titles: dashboard.titles.map { $0 + "!" })
        #expect(try Self.rows(retitled).digest(0) != base)
    }

    @Test func aRowWithoutAKeyIsKeyedByItsValues() throws {
        let rows = try Self.rows(Self.dashboard(keys: [nil, Self.keyB]))
        #expect(rows.digest(0) == TemplateValues.digestBytes(rows.item(0)))
    }
}
