import Testing
@testable import DocLoc

/// `DriftInputs`: a verdict's key covers the whole configuration, field by field.
@Suite struct DriftInputsTests {
    static func digest(_ configuration: Configuration) -> String {
        var hasher = StableHasher()
        DriftInputs.add(configuration, to: &hasher)
        return hasher.finalize()
    }

    @Test func everyFieldOfTheConfigurationChangesTheKey() {
        let base = Configuration(
            source: "en-US", translations: ["nl-NL"], model: "model/consent.yml", siteTitle: "Help", baseURL: "/",
            ruleSettings: [RuleSetting(rule: "link-broken", severity: .warning, paths: ["nl-NL/**"], line: 4)])
        let baseDigest = Self.digest(base)
        #expect(Self.digest(base) == baseDigest)
        let changes: [(String, (inout Configuration) -> Void)] = [
            ("source", { $0.source = "en-GB" }),
            ("translations", { $0.translations = ["nl-NL", "de-DE"] }),
            ("model", { $0.model = nil }),
            ("model path", { $0.model = "-" }),
            ("site title", { $0.siteTitle = "Hulp" }),
            ("base URL", { $0.baseURL = "/docs/" }),
            ("file size limit", { $0.maximumFileSize = 1024 }),
            ("inferred", { $0.isInferred = true }),
            ("rule", { $0.ruleSettings[0].rule = "link-locale-pinned" }),
            ("severity", { $0.ruleSettings[0].severity = nil }),
            ("paths", { $0.ruleSettings[0].paths = [] }),
            ("line", { $0.ruleSettings[0].line = 5 }),
            ("another setting", { $0.ruleSettings.append($0.ruleSettings[0]) }),
        ]
        var digests: Set<String> = [baseDigest]
        for (name, change) in changes {
            var changed = base
            change(&changed)
            let digest = Self.digest(changed)
            #expect(digest != baseDigest, "\(name)")
            digests.insert(digest)
        }
        #expect(digests.count == changes.count + 1)
    }
}
