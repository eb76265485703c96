import Foundation
import Testing
@testable import DocLoc

/// `LocaleIndex`: its folders, and each row keyed by what makes it (`rowDigest`) rather than by its values.
@Suite struct LocaleIndexTests {
    /// English articles in nested folders, Dutch translations of two of them, and an index per locale.
    static func index(_ locale: String, titles: (SitePlan) -> [String] = { $0.pages.map { "Title of \($0.outputPath)" } },
                      drift: [DriftStatus: Bool]? = nil) -> LocaleIndex {
        func document(_ path: String) -> Document {
            let (locale, rest) = SitePath.splitLocale(path)
            return Document(locale: locale, relativePath: rest, article: Article(path: path), fingerprint: "ab")
        }
        let documents = ["en-US/a/b/c.md", "en-US/a/d.md", "en-US/e.md", "en-US/x//y/z.md", "nl-NL/a/d.md", "nl-NL/e.md"]
            .map(document)
        let configuration = Configuration(source: "en-US", translations: ["nl-NL"])
        let content = ContentSet(
            root: URL(fileURLWithPath: "/nonexistent"), configuration: configuration, documents: documents, diagnostics: [],
            pairs: TranslationPairer(configuration: configuration).pairs(documents))
        var plan = SitePlan(content: content, drift: nil)
        for index in plan.pages.indices {
            guard let pair = plan.pages[index].pair else { continue }
            let status = drift?.keys.first ?? .current
            plan.pages[index].drift = PairDrift(
                pair: content.pairs[pair], status: status, findings: [], sourcePath: nil, translationPath: nil,
                isMachineTranslated: drift?[status] ?? false, handoffDate: nil)
        }
        return LocaleIndex(locale: locale, plan: plan, titles: titles(plan), siteTitle: "Help")
    }

    static func folders(_ index: LocaleIndex) throws -> [[String: Any]] {
        try #require(index.values()["folders"] as? [[String: Any]])
    }

    /// Every folder with an article gets a section, and so does every folder above one (empty path parts dropped).
    @Test(arguments: [("", "folder-root"), ("admin", "folder-admin"), ("admin/misc", "folder-admin-misc"), ("a/ü b/c", "folder-a-ü b-c")])
    func aFolderIDJoinsItsSegmentsWithHyphens(_ folder: String, _ id: String) {
        #expect(LocaleIndex.folderID(folder) == id)
    }

    @Test func foldersAndTheirAncestorsAreListed() throws {
        let english = try Self.folders(Self.index("en-US"))
        #expect(english.map { $0["name"] as? String } == ["/", "a", "a/b", "x", "x/y"])
        #expect(english.map { ($0["articles"] as? TemplateRows)?.count } == [1, 1, 1, 0, 1])
        #expect(english.map { $0["hasArticles"] as? Bool } == [true, true, true, false, true])
        #expect(english.map { $0["id"] as? String } == [nil, "folder-a", "folder-a-b", "folder-x", "folder-x-y"])
        let dutch = try Self.folders(Self.index("nl-NL"))
        // The Dutch index lists the translations and the fallbacks for the articles not translated.
        #expect(dutch.map { $0["name"] as? String } == ["/", "a", "a/b", "x", "x/y"])
    }

    @Test func aRowIsKeyedByItsInputs() throws {
        let index = Self.index("nl-NL")
        for folder in try Self.folders(index) {
            let rows = try #require(folder["articles"] as? TemplateRows)
            for row in 0..<rows.count {
                #expect(rows.digest(row) != TemplateValues.digestBytes(rows.item(row)))
                #expect(rows.digest(row).count == 32)
            }
        }
    }

    /// Whatever changes a row's values changes its digest: its title, its status and machine-translation flag.
    @Test func rowsWithOtherValuesHaveOtherDigests() throws {
        let variants = [
            Self.index("nl-NL"), Self.index("nl-NL", titles: { $0.pages.map { "Other title of \($0.outputPath)" } }),
            Self.index("nl-NL", drift: [.outdated: false]), Self.index("nl-NL", drift: [.outdated: true]),
            Self.index("nl-NL", drift: [.current: true]),
        ]
        var digestByValues: [[UInt8]: [UInt8]] = [:]
        var valuesByDigest: [[UInt8]: [UInt8]] = [:]
        for index in variants {
            for folder in try Self.folders(index) {
                let rows = try #require(folder["articles"] as? TemplateRows)
                for row in 0..<rows.count {
                    let values = TemplateValues.digestBytes(rows.item(row))
                    let digest = rows.digest(row)
                    #expect(digestByValues[values, default: digest] == digest)
                    #expect(valuesByDigest[digest, default: values] == values)
                    digestByValues[values] = digest
                    valuesByDigest[digest] = values
                }
            }
        }
        // Two translations in five versions each, two fallbacks (always "missing") under two titles.
        #expect(valuesByDigest.count == 2 * 5 + 2 * 2)
    }
}
