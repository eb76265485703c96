import Testing
@testable import DocLoc

@Suite struct ProductModelLoaderTests {
    static let valid = """
        feature: demo
        title: { en-US: Demo, nl-NL: Demo }
        navigation:
          - id: settings
            label: { en-US: Settings, nl-NL: Instellingen }
            children:
              - id: services
                label: { en-US: Services, nl-NL: Services }
                fwlink: [2053743, 42]
        links:
          fwlinks: { 7: settings }
          external: [/azure/x]
        glossary: [Azure]
        """

    func load(_ text: String) throws -> ProductModel {
        try ProductModelLoader(file: "model/demo.yml").load(text: text)
    }

    /// The error thrown for `text`, as `(line, message)`.
    func failure(_ text: String) -> (line: Int, message: String)? {
        do {
            _ = try load(text)
            return nil
        } catch let DocLocError.modelInvalid(file, line, _, message) {
            #expect(file == "model/demo.yml")
            return (line, message)
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func validModelLoadsWithFwlinksFromNodesAndLinks() throws {
        let model = try load(Self.valid)
        #expect(model.locales == ["en-US", "nl-NL"])
        #expect(model.node(forFwlink: 2053743)?.id == "services")
        #expect(model.node(forFwlink: 42)?.id == "services")
        #expect(model.node(forFwlink: 7)?.id == "settings")
        #expect(model.display("services", locale: "nl-NL") == "Instellingen > Services")
        #expect(model.isKnownExternal("/azure/x#frag"))
        #expect(model.glossary == ["Azure"])
    }

    @Test func contentModelLoadsAndModelsTheConsentFeature() throws {
        let model = try ProductModelLoader(file: "model/consent.yml")
            .load(contentsOf: TestPaths.content.appendingPathComponent("model/consent.yml"))
        #expect(model.feature == "user-consent")
        #expect(model.display("user-consent-to-apps", locale: "en-US") == "Settings > Org settings > Services > User consent to apps")
        #expect(model.node(forFwlink: 2053743)?.id == "services")
        #expect(model.node("org-settings")?.formerly["en-US"]?.contains("Settings") == true)
        #expect(model.node("user-consent-to-apps")?.settings.first?.states == ["on", "off"])
        #expect(model.isKnownExternal("/azure/active-directory/manage-apps/configure-admin-consent-workflow"))
    }

    @Test func unknownKeyIsAnErrorAtItsLine() throws {
        let text = Self.valid.replacingOccurrences(of: "    children:\n", with: "    childern:\n")
        let error = try #require(failure(text))
        #expect(error.line == 6)
        #expect(error.message.contains("unknown key 'childern'"))
    }

    @Test func duplicateIDNamesTheFirstLine() throws {
        let text = Self.valid.replacingOccurrences(of: "id: services", with: "id: settings")
        let error = try #require(failure(text))
        #expect(error.line == 7)
        #expect(error.message == "duplicate node id 'settings' (first defined on line 4)")
    }

    @Test func fwlinkToAMissingNodeIsAnError() throws {
        let text = Self.valid.replacingOccurrences(of: "{ 7: settings }", with: "{ 7: org-settings }")
        let error = try #require(failure(text))
        #expect(error.line == 11)
        #expect(error.message == "fwlink 7 points to node 'org-settings', which the navigation does not define")
    }

    @Test func labelMissingForADeclaredLocaleIsAnError() throws {
        let text = Self.valid.replacingOccurrences(of: "{ en-US: Services, nl-NL: Services }", with: "{ en-US: Services }")
        let error = try #require(failure(text))
        #expect(error.line == 8)
        #expect(error.message == "node 'services' has no label for 'nl-NL', a locale the model declares")
    }

    @Test func oldLabelsForAnUndeclaredLocaleAreAnError() throws {
        let text = Self.valid.replacingOccurrences(
            of: "    children:\n", with: "    formerly: { de-DE: [Einstellungen] }\n    children:\n")
        let error = try #require(failure(text))
        #expect(error.message.contains("'de-DE', which the model does not declare"))
    }

    @Test func fwlinkOnTwoNodesIsAnError() throws {
        let text = Self.valid.replacingOccurrences(
            of: "    children:\n", with: "    fwlink: 42\n    children:\n")
        let error = try #require(failure(text))
        #expect(error.message == "fwlink 42 is declared on both 'services' and 'settings'" || error.message == "fwlink 42 is declared on both 'settings' and 'services'")
    }

    @Test func brokenModelStopsLoadingTheContentSet() throws {
        let content = try ScenarioContent(
            ["en-US/a.md": "# A\n", "model/consent.yml": "feature: x\nnavigation: []\nbogus: 1\n"],
            config: "source: en-US\nmodel: model/consent.yml\n")
        #expect(throws: DocLocError.modelInvalid(
            file: "model/consent.yml", line: 3, column: 1,
            message: "unknown key 'bogus' in the model (known: feature, title, locales, navigation, links, glossary, fillers)")
        ) {
            try content.load()
        }
    }

    @Test func modelIsFoundWithoutAConfigurationEntry() throws {
        let content = try ScenarioContent(
            ["en-US/a.md": "# A\n", "model/consent.yml": Self.valid], config: "source: en-US\n")
        let set = try content.load()
        #expect(set.model?.feature == "demo")
        #expect(set.uiPathResolver != nil)
    }
}
