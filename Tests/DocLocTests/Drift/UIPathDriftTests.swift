import Testing
@testable import DocLoc

/// A small stand-in for the product model: Settings > Org settings (formerly Settings) > Services.
struct ConsentResolver: UIPathResolving {
    static let labels: [String: [String: String]] = [
        "en-US": ["settings": "settings", "org settings": "org-settings", "services": "services"],
        "nl-NL": ["instellingen": "settings", "organisatie-instellingen": "org-settings", "services": "services"],
    ]

    func resolve(_ path: UIPath, locale: String) -> UIPathResolution {
        let table = Self.labels[locale] ?? [:]
        var nodes: [String] = []
        var formerly = false
        for (i, label) in path.labels.enumerated() {
            let key = label.lowercased()
            if i == 1, nodes == ["settings"], table[key] == "settings" {
                nodes.append("org-settings")  // the old name of Org settings
                formerly = true
            } else if let node = table[key] {
                nodes.append(node)
            } else {
                break
            }
        }
        return UIPathResolution(
            isModelled: nodes.first == "settings", nodes: nodes, isComplete: nodes.count == path.labels.count,
            usedFormerlyLabel: formerly)
    }
}

extension UIPathResolution {
    init(isModelled: Bool, nodes: [String], isComplete: Bool, usedFormerlyLabel: Bool) {
        self.init(isModelled: isModelled, nodeIDs: nodes, isComplete: isComplete, usedFormerlyLabel: usedFormerlyLabel)
    }
}

@Suite struct UIPathDriftTests {
    func drift(_ translation: String) -> [DriftFinding] {
        let source = parse(DriftScenario.source).article
        let translated = parse(translation).article
        let context = DriftContext(sourceLocale: "en-US", glossary: .builtIn, resolver: ConsentResolver())
        return DriftEngine.compare(source: source, translation: translated, locale: "nl-NL", sourceFingerprint: nil, context: context)
            .filter { $0.kind == "uipath-changed" }
    }

    @Test func samePlaceInBothLanguagesIsNoFinding() {
        #expect(drift(DriftScenario.translation()).isEmpty)
    }

    @Test func oldLabelWhereTheSourceUsesTodaysIsAChange() throws {
        let findings = drift(DriftScenario.translation(
            replacing: "**Instellingen** > **Organisatie-instellingen**", with: "**Instellingen** > **Instellingen**"))
        let finding = try #require(findings.first)
        #expect(finding.message.contains("old label"))
        #expect((finding.sourceLine, finding.translationLine) == (18, 22))
    }

    @Test func differentNodeIsAChange() {
        let findings = drift(DriftScenario.translation(
            replacing: "**Organisatie-instellingen** > **Services**", with: "**Services** > **Organisatie-instellingen**"))
        #expect(findings.count == 1)
    }
}
