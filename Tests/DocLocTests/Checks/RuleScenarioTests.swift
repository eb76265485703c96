import Testing
@testable import DocLoc

/// Each rule on a small content tree: one planted defect, checked for file, line, column, rule and message.
@Suite struct RuleScenarioTests {
    static let model = """
        feature: demo
        title: { en-US: Demo, nl-NL: Demo }
        navigation:
          - id: settings
            label: { en-US: Settings, nl-NL: Instellingen }
            children:
              - id: org-settings
                label: { en-US: Org settings, nl-NL: Organisatie-instellingen }
                formerly: { en-US: [Settings], nl-NL: [Instellingen] }
                children:
                  - id: services
                    label: { en-US: Services, nl-NL: Services }
                    fwlink: 2053743
          - id: users
            label: { en-US: Users, nl-NL: Gebruikers }
        """

    static let front = "---\ntitle: T\nms.assetid: 11111111\n---\n"

    /// Runs `docloc check` on the files (plus the model) and returns what it reports.
    func check(_ files: [String: String], config: String = "source: en-US\ntranslations: [nl-NL]\n") throws -> [Diagnostic] {
        var all = files
        all["model/consent.yml"] = Self.model
        let content = try ScenarioContent(all, config: config)
        return CheckRunner(analyzers: [ValidationAnalyzer()]).run(try content.load()).diagnostics
    }

    func only(_ diagnostics: [Diagnostic]) throws -> Diagnostic {
        #expect(diagnostics.count == 1, "\(diagnostics.map { "\($0.file):\($0.location) \($0.rule) \($0.summary)" })")
        return try #require(diagnostics.first)
    }

    @Test func cleanPagesReportNothing() throws {
        let en = Self.front + """
            # Intro

            Go to **Settings** > **Org settings** > [Services](https://go.microsoft.com/fwlink/p/?linkid=2053743).
            See [the other page](b.md#part-two), [below](#intro), [a tab](#tab/windows) and [docs](/azure/x).

            ![Picture](media/pic.png)

            [!INCLUDE[note](includes/note.md)]
            """
        let nl = Self.front.replacingOccurrences(of: "title: T", with: "title: T\nms.contentlocale: nl-NL") + """
            # <a name="intro"></a>Inleiding

            Ga naar **Instellingen** > **Organisatie-instellingen** > [Services](https://go.microsoft.com/fwlink/p/?linkid=2053743).
            Zie [de andere pagina](b.md#part-two) en [de Engelse](only-english.md).

            ![Afbeelding](media/pic.png)
            """
        let diagnostics = try check([
            "en-US/a.md": en, "nl-NL/a.md": nl,
            "en-US/b.md": "---\nms.assetid: 2\n---\n# B\n## Part two\n", "nl-NL/b.md": "---\nms.assetid: 2\n---\n# B\n## <a name=\"part-two\"></a>Deel twee\n",
            "en-US/only-english.md": "---\nms.assetid: 3\n---\n# E\n",
            "en-US/media/pic.png": "png", "en-US/includes/note.md": "Note.\n",
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics.map { "\($0.file):\($0.location) \($0.rule) \($0.summary)" })")
    }

    @Test func withoutAModelUIPathsAreNotChecked() throws {
        let content = try ScenarioContent(["en-US/a.md": "Go to **Settings** > **Org setings**.\n"], config: "source: en-US\n")
        let report = CheckRunner(analyzers: [ValidationAnalyzer()]).run(try content.load())
        #expect(report.diagnostics.isEmpty)
        #expect(report.summaryLines.isEmpty)
    }

    @Test func unknownLabelWithSuggestion() throws {
        let d = try only(check(["en-US/a.md": "Go to **Settings** > **Org setings**.\n"]))
        #expect((d.file, d.location, d.rule, d.severity) == ("en-US/a.md", SourceLocation(line: 1, column: 22), RuleName.uipathUnknown, .error))
        #expect(d.summary == "Settings path 'Settings > Org setings' has no child 'Org setings' under 'Settings'; did you mean 'Org settings'? Today's path: Settings > Org settings")
    }

    @Test func outdatedLabel() throws {
        let d = try only(check(["en-US/a.md": "Text.\n\nGo to **Settings** > **Settings** > **Services**.\n"]))
        #expect((d.location, d.rule, d.severity) == (SourceLocation(line: 3, column: 22), RuleName.uipathOutdated, .warning))
        #expect(d.summary == "Settings path 'Settings > Settings > Services' uses the old label 'Settings', now 'Org settings'; today's path: Settings > Org settings > Services")
    }

    @Test func labelOfTheOtherLocale() throws {
        let d = try only(check(["nl-NL/a.md": "Ga naar **Settings** > **Organisatie-instellingen**.\n"]))
        #expect((d.file, d.location, d.rule, d.severity) == ("nl-NL/a.md", SourceLocation(line: 1, column: 9), RuleName.uipathWrongLocale, .warning))
        #expect(d.summary == "Settings path 'Settings > Organisatie-instellingen' uses the en-US label 'Settings', which is 'Instellingen' here; today's path: Instellingen > Organisatie-instellingen")
    }

    @Test func unmodelledPathIsANote() throws {
        let d = try only(check(["en-US/a.md": "Select **File** > **Open**.\n"]))
        #expect((d.location, d.rule, d.severity) == (SourceLocation(line: 1, column: 8), RuleName.uipathUnmodelled, .note))
        #expect(d.summary == "Settings path 'File > Open' starts outside the model: 'File' is not a modelled root")
    }

    @Test func brokenLinkInATranslationNamesBothPlacesLookedIn() throws {
        let d = try only(check(["nl-NL/admin/a.md": "Zie [hier](../gone.md).\n"]))
        #expect((d.file, d.location, d.rule) == ("nl-NL/admin/a.md", SourceLocation(line: 1, column: 5), RuleName.linkBroken))
        #expect(d.summary == "link target '../gone.md' does not exist: no file 'nl-NL/gone.md', nor 'en-US/gone.md' in the source locale")
    }

    @Test func linksOutOfTheTreeAreReportedNeverRead() throws {
        let diagnostics = try check(["en-US/a.md": "[a](../../../etc/passwd) [b](file:///etc/passwd)\n"])
        #expect(diagnostics.map(\.rule) == [RuleName.linkBroken, RuleName.linkBroken])
        #expect(diagnostics.map(\.location.column) == [1, 26])
        #expect(diagnostics[0].summary == "link '../../../etc/passwd' climbs out of the content tree; it is not followed")
        #expect(diagnostics[1].summary.contains("is an absolute filesystem path"))
    }

    @Test func linkDifferingOnlyInCaseIsBroken() throws {
        let d = try only(check(["en-US/a.md": "[B](B.md)\n", "en-US/b.md": "---\nms.assetid: 2\n---\n# B\n"]))
        #expect(d.rule == RuleName.linkBroken)
        #expect(d.summary == "link target 'B.md' does not exist: no file 'en-US/B.md'; did you mean 'en-US/b.md'? (the names differ only in letter case)")
    }

    @Test func missingAnchorOnThisPageWithSuggestion() throws {
        let d = try only(check(["en-US/a.md": "# Intro\n## Setup\n## Setup\nSee [it](#setup-2).\n"]))
        #expect((d.location, d.rule) == (SourceLocation(line: 4, column: 5), RuleName.anchorMissing))
        #expect(d.summary == "anchor '#setup-2' is not defined in this page; did you mean '#setup-1'?")
    }

    @Test func missingAnchorOnTheFallbackPageSaysSo() throws {
        let d = try only(check([
            "nl-NL/a.md": "Zie [dit](b.md#nope).\n", "en-US/b.md": "---\nms.assetid: 2\n---\n# B\n",
        ]))
        #expect((d.file, d.location, d.rule) == ("nl-NL/a.md", SourceLocation(line: 1, column: 5), RuleName.anchorMissing))
        #expect(d.summary == "anchor '#nope' is not defined in 'en-US/b.md' (the en-US page this link falls back to; nl-NL has no translation of it)")
    }

    @Test func missingAnchorOnTheTranslatedPageSaysSo() throws {
        let d = try only(check([
            "nl-NL/a.md": "Zie [dit](b.md#nope).\n", "nl-NL/b.md": "# B\n", "en-US/b.md": "# B\n## Nope\n",
        ]))
        #expect(d.summary == "anchor '#nope' is not defined in 'nl-NL/b.md' (the translated page)")
    }

    @Test func duplicateExplicitAnchor() throws {
        let d = try only(check(["en-US/a.md": "# A\n<a name=\"x\"></a>\n\nText.\n\n<a name=\"x\"></a>\n"]))
        #expect((d.location, d.rule) == (SourceLocation(line: 6, column: 1), RuleName.anchorDuplicate))
        #expect(d.summary == "anchor 'x' is defined twice; it was first defined on line 2")
    }

    @Test func imageDifferingOnlyInCaseIsMissing() throws {
        let d = try only(check(["nl-NL/admin/a.md": "# A\n\n![Pic](../media/Pic.PNG)\n", "nl-NL/media/pic.png": "png"]))
        #expect((d.file, d.location, d.rule) == ("nl-NL/admin/a.md", SourceLocation(line: 3, column: 1), RuleName.imageMissing))
        #expect(d.summary == "image '../media/Pic.PNG' does not exist: no file 'nl-NL/media/Pic.PNG', nor 'en-US/media/Pic.PNG' in the source locale; did you mean 'nl-NL/media/pic.png'? (the names differ only in letter case)")
    }

    @Test func translationFallsBackToTheSourceImage() throws {
        let diagnostics = try check(["nl-NL/a.md": "![Pic](media/p.png)\n", "en-US/media/p.png": "png"])
        #expect(diagnostics.isEmpty)
    }

    @Test func missingInclude() throws {
        let d = try only(check(["en-US/a.md": "# A\n\n[!INCLUDE[n](includes/n.md)]\n"]))
        #expect((d.location, d.rule) == (SourceLocation(line: 3, column: 1), RuleName.includeMissing))
        #expect(d.summary == "include 'includes/n.md' does not exist: no file 'en-US/includes/n.md'")
    }

    @Test func fwlinkTheModelDoesNotKnow() throws {
        let d = try only(check(["en-US/a.md": "Go to **Settings** > [Org settings](https://go.microsoft.com/fwlink/?linkid=99).\n"]))
        #expect((d.location, d.rule) == (SourceLocation(line: 1, column: 22), RuleName.fwlinkUnknown))
        #expect(d.summary == "fwlink 99 ('Org settings') is not in the model; its text names the page 'Settings > Org settings'")
    }

    @Test func fwlinkTextNamingAnotherPage() throws {
        let d = try only(check(["en-US/a.md": "Open [Users](https://go.microsoft.com/fwlink/?linkid=2053743).\n"]))
        #expect((d.location, d.rule) == (SourceLocation(line: 1, column: 6), RuleName.fwlinkMismatch))
        #expect(d.summary == "link text 'Users' does not name 'Services', the page fwlink 2053743 opens (Settings > Org settings > Services); it names 'Users'")
    }

    @Test func localePinnedLink() throws {
        let d = try only(check(["nl-NL/a.md": "Zie [docs](https://docs.microsoft.com/en-us/azure/x).\n"]))
        #expect((d.location, d.rule, d.severity) == (SourceLocation(line: 1, column: 5), RuleName.linkLocalePinned, .warning))
        #expect(d.summary == "link pins the locale 'en-us': every reader of 'https://docs.microsoft.com/en-us/azure/x' gets the en-us page, whatever their language")
    }

    @Test func duplicateAssetID() throws {
        let d = try only(check(["en-US/a.md": Self.front + "# A\n", "en-US/b.md": Self.front + "# B\n"]))
        #expect((d.file, d.location, d.rule) == ("en-US/b.md", SourceLocation(line: 3, column: 1), RuleName.assetidDuplicate))
        #expect(d.summary == "ms.assetid '11111111' is also the asset id of 'en-US/a.md'")
    }

    @Test func assetIDSharedByThreeArticlesInAnyCaseButNotAcrossLocales() throws {
        let front = { (id: String) in "---\ntitle: T\nms.assetid: \(id)\n---\n" }
        let found = try check([
            "en-US/a.md": front("ABC-1") + "# A\n", "en-US/b.md": front("abc-1") + "# B\n",
            "en-US/c.md": front("Abc-1") + "# C\n", "en-US/d.md": front("abc-2") + "# D\n",
            "nl-NL/a.md": front("abc-1") + "# A\n",
        ]).filter { $0.rule == RuleName.assetidDuplicate }
        #expect(found.map(\.file) == ["en-US/b.md", "en-US/c.md"])
        #expect(found.allSatisfy { $0.summary == "ms.assetid '\($0.file == "en-US/b.md" ? "abc-1" : "Abc-1")' is also the asset id of 'en-US/a.md'" })
        #expect(found.first?.notes == ["articles with this asset id in en-US: en-US/a.md, en-US/b.md, en-US/c.md"])
    }

    @Test func contentLocaleDifferentFromTheFolder() throws {
        let d = try only(check(["nl-NL/a.md": "---\nms.contentlocale: de-DE\n---\n# A\n"]))
        #expect((d.location, d.rule) == (SourceLocation(line: 2, column: 1), RuleName.localeMismatch))
        #expect(d.summary == "ms.contentlocale is 'de-DE' but the article is in the 'nl-NL' folder")
    }
}
