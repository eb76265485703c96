import Foundation
import Testing
@testable import DocLoc

/// `PageInputs.key`: a translation's page is keyed by its verdict's key when the verdict has one (equal keys, equal
/// verdicts), else by the verdict's status, findings and machine-translation flag.
@Suite struct PageInputsTests {
    static func inputs() throws -> (PageInputs, SitePlan, ContentSet) {
        let documents = ["en-US/a.md", "nl-NL/a.md"].map { path -> Document in
            let (locale, rest) = SitePath.splitLocale(path)
            return Document(locale: locale, relativePath: rest, article: Article(path: path), fingerprint: "ab12")
        }
        let configuration = Configuration(source: "en-US", translations: ["nl-NL"])
        let content = ContentSet(
            root: URL(fileURLWithPath: "/nonexistent"), configuration: configuration, documents: documents, diagnostics: [],
            pairs: TranslationPairer(configuration: configuration).pairs(documents))
        let plan = SitePlan(content: content, drift: nil)
        let inputs = PageInputs(content: content, plan: plan, theme: try Theme.load(overrides: nil), assetFiles: [], generator: "g")
        return (inputs, plan, content)
    }

    static func verdict(_ content: ContentSet, findings: [String], machineTranslated: Bool = false) -> PairDrift {
        PairDrift(
            pair: content.pairs[0], status: findings.isEmpty ? .current : .outdated,
            findings: findings.map { DriftFinding(kind: "number-changed", message: $0) }, sourcePath: nil, translationPath: nil,
            isMachineTranslated: machineTranslated, handoffDate: nil)
    }

    @Test func aVerdictWithAKeyKeysThePageByIt() throws {
        let (inputs, plan, content) = try Self.inputs()
        var page = try #require(plan.pages.first { $0.locale == "nl-NL" })
        let keyA = Digest256(Array(repeating: UInt8(1), count: 32))
        let keyB = Digest256(Array(repeating: UInt8(2), count: 32))
        func key(_ verdict: PairDrift, _ verdictKey: Digest256?) -> String? {
            page.driftBox = DriftBox(verdict, key: verdictKey)
            return inputs.key(for: page, includeLookups: [])
        }
        let plain = Self.verdict(content, findings: [])
        let found = Self.verdict(content, findings: ["3 became 4"])
        // By the key: the same key, the same page key; another key, another.
        #expect(key(plain, keyA) == key(plain, keyA))
        #expect(key(plain, keyA) != key(plain, keyB))
        // Without one, by the verdict itself.
        #expect(key(plain, nil) != key(found, nil))
        #expect(key(found, nil) != key(Self.verdict(content, findings: ["3 became 5"]), nil))
        #expect(key(plain, nil) != key(Self.verdict(content, findings: [], machineTranslated: true), nil))
        #expect(key(plain, nil) == key(Self.verdict(content, findings: []), nil))
        #expect(key(plain, keyA) != key(plain, nil))
        page.driftBox = nil
        #expect(inputs.key(for: page, includeLookups: []) != key(plain, nil))
    }
}
