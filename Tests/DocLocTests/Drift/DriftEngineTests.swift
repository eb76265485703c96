import Testing
@testable import DocLoc

@Suite struct DriftEngineTests {
    @Test func faithfulTranslationIsCurrent() throws {
        let drift = try DriftScenario.drift()
        #expect(drift.findings == [])
        #expect(drift.status == .current)
        #expect(drift.fingerprintMatches)
        #expect(drift.isMachineTranslated)
        #expect(drift.handoffDate == "11/12/2025")
    }

    @Test func spelledOutNumbersAndDutchSeparatorsAreFaithful() throws {
        let source = DriftScenario.source(replacing: "Admins can review", with: "For example, 10 admins and 12,500 users can review")
        let translation = DriftScenario.translation(fingerprint: Fingerprint.of(Array(source.utf8)), body: DriftScenario.translationBody
            .replacingOccurrences(of: "Elke aanvraag is", with: "Bijvoorbeeld: voor tien beheerders en 12.500 gebruikers is elke aanvraag"))
        let drift = try DriftScenario.drift(source: source, translation: translation)
        #expect(drift.findings == [])
    }

    @Test func withoutFingerprintOnlyStructureCounts() throws {
        let drift = try DriftScenario.drift(translation: DriftScenario.translation(fingerprint: nil))
        #expect(drift.status == .current)
        #expect(drift.recordedFingerprint == nil)
    }

    @Test func statusesOfEveryPair() throws {
        let content = try ScenarioContent([
            "en-US/a.md": DriftScenario.source,
            "nl-NL/a.md": DriftScenario.translation(),
            "en-US/b.md": DriftScenario.source,
            "nl-NL/b.md": DriftScenario.translation(fingerprint: "0000000000000000000000000000000000000000"),
            "en-US/only-english.md": "# Only English\n\nNot translated yet.\n",
            "nl-NL/only-dutch.md": "# Alleen Nederlands\n\nGeen bron.\n",
        ])
        let report = DriftEngine().report(for: try content.load())
        #expect(report.pairs.map(\.pair.relativePath) == ["a.md", "b.md", "only-dutch.md", "only-english.md"])
        #expect(report.pairs.map(\.status) == [.current, .outdated, .orphaned, .missing])
        #expect(report.drift(locale: "nl-NL", relativePath: "b.md")?.kindSet == ["source-changed"])
    }

    @Test func unreadableTranslationIsNotCurrent() throws {
        let content = try ScenarioContent(["en-US/a.md": DriftScenario.source])
        try content.write("nl-NL/a.md", bytes: [0xFF, 0xFE, 0x00, 0x41, 0x00, 0x00])
        let drift = try #require(DriftEngine().report(for: try content.load()).pairs.first)
        #expect(drift.status == .outdated)
        #expect(drift.findings.first?.message.contains("could not be read") == true)
    }

    @Test func sourceChangedNamesTheFingerprintLine() throws {
        let drift = try DriftScenario.drift(source: DriftScenario.source + "\nA new closing line.\n")
        let finding = try #require(drift.findings(.sourceChanged).first)
        #expect(finding.translationLine == 9)
        #expect(finding.message.contains(DriftScenario.fingerprint))
        #expect(drift.status == .outdated)
    }

    @Test func sameInputGivesSameReport() throws {
        let content = try ScenarioContent(["en-US/a.md": DriftScenario.source, "nl-NL/a.md": DriftScenario.translation(fingerprint: "ab")])
        let set = try content.load()
        let one = DriftJSONFormatter().format(DriftEngine().report(for: set))
        let two = DriftJSONFormatter().format(DriftEngine().report(for: set))
        #expect(one == two)
    }
}
