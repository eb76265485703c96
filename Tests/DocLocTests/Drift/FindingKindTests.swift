import Testing
@testable import DocLoc

/// Every finding kind, each from the faithful scenario broken in one way. Source lines refer to
/// `DriftScenario.source` (heading 1 at line 10, heading 2 at line 16); translation lines to the translation
/// (front matter ends at line 13, heading 1 at line 14, heading 2 at line 20).
@Suite struct FindingKindTests {
    @Test func sectionAddedToTheSource() throws {
        let drift = try DriftScenario.drift(source: DriftScenario.source + "\n## More info\n\nRead the documentation about consent.\n")
        let finding = try #require(drift.findings(.sectionAdded).first)
        #expect(finding.message.contains("'More info'"))
        #expect(finding.sourceLine == 34)
        #expect(drift.kindSet == ["section-added", "source-changed"])
    }

    @Test func sectionRemovedFromTheSource() throws {
        let translation = DriftScenario.translation(body: DriftScenario.translationBody + "\n## <a name=\"old-tips\"></a>Oude tips\n\nDeze sectie staat niet meer in de bron.\n")
        let drift = try DriftScenario.drift(translation: translation)
        let finding = try #require(drift.findings(.sectionRemoved).first)
        #expect(finding.message.contains("#old-tips"))
        #expect(finding.translationLine == 38)
    }

    @Test func sectionRenamedInTheSource() throws {
        let drift = try DriftScenario.drift(source: DriftScenario.source(replacing: "## Turn user consent on or off", with: "## Switch user consent"))
        let finding = try #require(drift.findings(.sectionRenamed).first)
        #expect(finding.message.contains("#turn-user-consent-on-or-off"))
        #expect(finding.message.contains("#switch-user-consent"))
        #expect((finding.sourceLine, finding.translationLine) == (16, 20))
        #expect(drift.kindSet == ["section-renamed", "source-changed"])
    }

    @Test func structureCountsParagraphsStepsTablesAndAlerts() throws {
        let extraParagraph = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "Elke aanvraag", with: "Een extra alinea die de bron niet heeft.\n\nElke aanvraag"))
        let finding = try #require(extraParagraph.findings(.structure).first)
        #expect(finding.message.contains("2 paragraphs in the source, 3 in the translation"))
        #expect(finding.translationLine == 20)

        let alert = try DriftScenario.drift(translation: DriftScenario.translation(replacing: "> [!NOTE]", with: "> [!TIP]"))
        #expect(alert.findings(.structure).first?.message.contains("alert NOTE → alert TIP") == true)

        let step = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "2. Selecteer", with: "2. Kies een optie.\n3. Selecteer"))
        #expect(step.findings(.structure).first?.message.contains("2 steps in the source, 3 in the translation") == true)

        let table = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "| Toestemming | `On` |", with: "| Toestemming | `On` |\n| Extra | rij |"))
        #expect(table.findings(.structure).first?.message.contains("table 2 rows × 2 columns → table 3 rows × 2 columns") == true)
    }

    @Test func linkChangedIgnoresLocaleSegments() throws {
        let drift = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "manage-apps/configure-admin-consent-workflow", with: "manage-apps/manage-consent-requests"))
        let finding = try #require(drift.findings(.linkChanged).first)
        #expect(finding.message.contains("manage-consent-requests"))
        #expect((finding.sourceLine, finding.translationLine) == (19, 23))
        #expect(drift.findings(.linkChanged).count == 1)
    }

    @Test func imageChanged() throws {
        let drift = try DriftScenario.drift(translation: DriftScenario.translation(replacing: "../media/consent.png", with: "../media/other.png"))
        #expect(drift.findings(.imageChanged).first?.translationLine == 36)
        #expect(drift.kindSet == ["image-changed"])
    }

    @Test func uiPathChangedWithoutModelByLabelCount() throws {
        let drift = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "**Instellingen** > **Organisatie-instellingen** > **Services**", with: "**Instellingen** > **Services**"))
        let finding = try #require(drift.findings(.uiPathChanged).first)
        #expect((finding.sourceLine, finding.translationLine) == (18, 22))
    }

    @Test func numberChanged() throws {
        let days = try DriftScenario.drift(translation: DriftScenario.translation(replacing: "90 dagen", with: "30 dagen"))
        let finding = try #require(days.findings(.numberChanged).first)
        #expect(finding.message.contains("'90' in the source is '30' in the translation"))
        #expect((finding.sourceLine, finding.translationLine) == (12, 16))

        let version = try DriftScenario.drift(translation: DriftScenario.translation(replacing: "OAuth 2.0", with: "OAuth 2,0"))
        #expect(version.findings(.numberChanged).first?.message.contains("version 'OAuth 2,0'") == true)
        #expect(version.findings(.glossaryChanged).isEmpty)
    }

    /// Numbers are found by Unicode scalar offsets: decomposed letters (`e` + U+0301) earlier in the paragraph neither
    /// shift the word before a number nor reach past the end of the text (which crashed).
    @Test func numbersAfterDecomposedLetters() throws {
        let decomposed = String(repeating: "cafe\u{301} ", count: 40)
        let translation = DriftScenario.translation(replacing: "In Microsoft 365 mogen", with: decomposed + "In Microsoft 365 mogen")
            .replacingOccurrences(of: "OAuth 2.0", with: "OAuth 2,0")
        #expect(translation.unicodeScalars.count > translation.count + 30)
        let drift = try DriftScenario.drift(translation: translation)
        #expect(drift.findings(.numberChanged).first?.message.contains("version 'OAuth 2,0'") == true)
        #expect(drift.findings(.numberChanged).count == 1)
    }

    @Test func movedTextIsStructureNotChangedNumbersOrLinks() throws {
        let source = DriftScenario.source(replacing: "Admins can review every request in the Azure portal.",
            with: "Admins can review every request in the Azure portal within 14 days, see [reviews](https://example.com/reviews).")
        let translation = DriftScenario.translation(fingerprint: Fingerprint.of(Array(source.utf8)), body: DriftScenario.translationBody
            .replacingOccurrences(of: "> [!NOTE]", with: "Beoordeel binnen 14 dagen, zie [beoordelingen](https://example.com/reviews).\n\n> [!NOTE]"))
        let drift = try DriftScenario.drift(source: source, translation: translation)
        #expect(drift.kindSet == ["structure"])
    }

    @Test func codeChanged() throws {
        let block = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "Get-MgPolicyAuthorizationPolicy", with: "Get-MgPolicyAutorisatiebeleid"))
        let finding = try #require(block.findings(.codeChanged).first)
        #expect((finding.sourceLine, finding.translationLine) == (25, 29))

        let inline = try DriftScenario.drift(translation: DriftScenario.translation(replacing: "`On`", with: "`Aan`"))
        #expect(inline.findings(.codeChanged).first?.message.contains("`On` in the source is `Aan`") == true)
    }

    @Test func untranslatedIdenticalOrEnglish() throws {
        let identical = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "Elke aanvraag is voor beheerders te bekijken in de Azure-portal.",
            with: "Admins can review every request in the Azure portal."))
        let finding = try #require(identical.findings(.untranslated).first)
        #expect(finding.message.contains("identical to the source"))
        #expect((finding.sourceLine, finding.translationLine) == (14, 18))

        let english = try DriftScenario.drift(translation: DriftScenario.translation(
            replacing: "Elke aanvraag is voor beheerders te bekijken in de Azure-portal.",
            with: "All of the requests can be seen by the admins in the portal of their tenant."))
        #expect(english.findings(.untranslated).first?.message.contains("reads as English") == true)
    }

    @Test func glossaryChanged() throws {
        let drift = try DriftScenario.drift(translation: DriftScenario.translation(replacing: "OpenID Connect", with: "OpenID-verbinding"))
        let finding = try #require(drift.findings(.glossaryChanged).first)
        #expect(finding.message.contains("'OpenID Connect'"))
        #expect(finding.sourceLine == 12)

        let casing = try DriftScenario.drift(translation: DriftScenario.translation(replacing: "de Azure-portal", with: "de azure-portal"))
        #expect(casing.findings(.glossaryChanged).first?.message.contains("written 'azure'") == true)
    }

    @Test func glossaryFromTheModel() throws {
        let model = "feature: x\nlocales: [en-US, nl-NL]\nnavigation:\n  - id: a\n    label: { en-US: A, nl-NL: A }\nglossary: [Consent Hub]\n"
        let source = DriftScenario.source(replacing: "Admins can review", with: "In Consent Hub, admins can review")
        let drift = try DriftScenario.drift(source: source, translation: DriftScenario.translation(fingerprint: Fingerprint.of(Array(source.utf8))), model: model)
        #expect(drift.findings(.glossaryChanged).first?.message.contains("'Consent Hub'") == true)
    }

    @Test func metadataChanged() throws {
        let topic = try DriftScenario.drift(translation: DriftScenario.translation(body: DriftScenario.translationBody)
            .replacingOccurrences(of: "ms.topic: article", with: "ms.topic: conceptual"))
        let finding = try #require(topic.findings(.metadataChanged).first)
        #expect((finding.sourceLine, finding.translationLine) == (4, 4))

        let locale = try DriftScenario.drift(translation: DriftScenario.translation().replacingOccurrences(of: "ms.contentlocale: nl-NL", with: "ms.contentlocale: de-DE"))
        #expect(locale.findings(.metadataChanged).first?.message.contains("de-DE") == true)
    }
}
