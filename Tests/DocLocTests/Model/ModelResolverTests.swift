import Testing
@testable import DocLoc

@Suite struct ModelResolverTests {
    static let model: ProductModel = {
        try! ProductModelLoader(file: "model/consent.yml")
            .load(contentsOf: TestPaths.content.appendingPathComponent("model/consent.yml"))
    }()

    let resolver = ModelResolver(model: ModelResolverTests.model)

    func path(_ markdown: String) throws -> UIPath {
        try #require(parse(markdown).article.uiPaths.first)
    }

    func matches(_ trace: UIPathTrace) -> [UIPathTrace.Match] { trace.steps.map(\.match) }

    @Test func englishSeedPathResolvesThroughOldLabels() throws {
        let p = try path("Go to **Settings** \\> **Settings** > [Services](https://go.microsoft.com/fwlink/p/?linkid=2053743) page, and then select **Integrated apps**.\n")
        let trace = resolver.trace(p, locale: "en-US")
        #expect(matches(trace) == [
            .current, .formerly(today: "Org settings"), .current, .formerly(today: "User consent to apps"),
        ])
        let resolution = resolver.resolve(p, locale: "en-US")
        #expect(resolution.nodeIDs == ["settings", "org-settings", "services", "user-consent-to-apps"])
        #expect(resolution.isComplete && resolution.usedFormerlyLabel && !resolution.usedOtherLocaleLabel)
    }

    @Test func dutchGarbledPathGetsSuggestionsAndKeepsResolving() throws {
        let p = try path("Ga naar de pagina **instellingen** voor de services voor \\> **organisatie**  >  [Services](https://go.microsoft.com/fwlink/p/?linkid=2053743) -instellingen en selecteer **gebruikers instemming met apps**.\n")
        let trace = resolver.trace(p, locale: "nl-NL")
        #expect(matches(trace) == [
            .current, .unknown(parent: "Instellingen", suggestion: "Organisatie-instellingen"), .current,
            .unknown(parent: "Services", suggestion: "Toestemming van gebruikers voor apps"),
        ])
        #expect(trace.resolution.isModelled && !trace.resolution.isComplete)
    }

    @Test func labelOfAnotherLocaleIsWrongLocale() throws {
        let trace = resolver.trace(try path("**Instellingen** > **Org settings**\n"), locale: "nl-NL")
        #expect(matches(trace) == [.current, .otherLocale(locale: "en-US", today: "Organisatie-instellingen")])
        #expect(trace.resolution.usedOtherLocaleLabel)
    }

    @Test func labelsCompareIgnoringCaseFillersAndTrailingPunctuation() throws {
        let trace = resolver.trace(try path("**pagina instellingen** > **DOMEINEN.**\n"), locale: "nl-NL")
        #expect(matches(trace) == [.current, .current])
    }

    @Test func firstLabelOutsideTheModelIsUnmodelled() throws {
        let trace = resolver.trace(try path("**File** > **Open & Export**\n"), locale: "en-US")
        #expect(!trace.isModelled)
        #expect(!trace.resolution.isModelled)
    }

    @Test func anotherProductsSettingsMenuLeavesTheModel() throws {
        let trace = resolver.trace(try path("**Instellingen** > **Meldingen.**\n"), locale: "nl-NL")
        #expect(!trace.isModelled)
    }

    @Test func skippedLevelIsNamed() throws {
        let trace = resolver.trace(try path("**Settings** > **Security & privacy**\n"), locale: "en-US")
        #expect(matches(trace) == [.current, .skipsLevel(parent: "Settings", skipped: ["Org settings"])])
        #expect(trace.steps.last?.nodeID == "security-and-privacy")
    }

    @Test func buttonAfterAPageIsBeyondTheModel() throws {
        let trace = resolver.trace(try path("**Users** > **Active users** > **Add a user**\n"), locale: "en-US")
        #expect(matches(trace) == [.current, .current, .beyondModel])
        #expect(trace.resolution.isComplete)
    }

    @Test func garbledLinkTextIsSuggestedThePageItsFwlinkOpens() throws {
        let markdown = "**de pagina Gebruikers** actieve > [gebruikers.](https://go.microsoft.com/fwlink/p/?linkid=834822)\n"
        let article = parse(markdown).article
        let p = try #require(article.uiPaths.first)
        let fwlinks = Dictionary(uniqueKeysWithValues: article.links.compactMap { l in l.fwlinkID.map { (l.location, $0) } })
        let trace = resolver.trace(p, locale: "nl-NL", fwlinks: fwlinks)
        #expect(matches(trace) == [.current, .unknown(parent: "Gebruikers", suggestion: "Actieve gebruikers")])
    }

    @Test func localeTheModelDoesNotDeclareMatchesAnyLabel() throws {
        let trace = resolver.trace(try path("**Settings** > **Organisatie-instellingen**\n"), locale: "fr-FR")
        #expect(matches(trace) == [.current, .current])
    }

    @Test func similarityPrefersTheGarbledLabel() {
        #expect(LabelMatching.similarity("organisatie", "organisatie-instellingen") >= LabelMatching.suggestionThreshold)
        #expect(LabelMatching.similarity("gebruiker toevoegen", "gebruikerssjablonen") < LabelMatching.suggestionThreshold)
        #expect(LabelMatching.normalize(" Services &amp;  add-ins. ") == "services & add-ins")
    }
}
