import Foundation
import Testing
@testable import DocLoc

/// Hugo-style integration tests: a small multi-locale site written inline, built, and asserted on.
@Suite struct SiteBuildTests {
    static let english = """
        ---
        title: Turn on the workflow
        description: How to turn the approval workflow on.
        ms.assetid: 11111111-2222
        ---
        # Turn on the workflow

        Intro with a [second page](other.md#details) and ![diagram](../media/flow.png).

        > [!NOTE]
        > Only admins can do this.

        ## Turn on the workflow
        Steps follow.

        > [!WARNING]
        > Changes apply at once.

        ## Turn on the workflow
        Again, to test repeated headings.

        """
    static let dutch = """
        ---
        title: De werkstroom inschakelen
        description: Zo schakelt u de werkstroom in.
        ms.assetid: 11111111-2222
        ms.translationtype: MT
        ms.lasthandoff: 11/12/2020
        ---
        # <a name="turn-on-the-workflow"></a>De werkstroom inschakelen

        Inleiding met een [tweede pagina](other.md#details) en ![diagram](../media/flow.png).

        > [!NOTE]
        > Alleen beheerders kunnen dit.

        ## <a name="turn-on-the-workflow-1"></a>Werkstroom aanzetten
        Stappen volgen.

        > [!WARNING]
        > Wijzigingen gelden meteen.

        ## <a name="turn-on-the-workflow-2"></a>Werkstroom aanzetten
        Nogmaals, om herhaalde koppen te testen.

        """
    static let other = """
        ---
        title: Other page
        ---
        # Other page

        ## Details
        Back to [the workflow](workflow.md#turn-on-the-workflow-1).

        > [!TIP]
        > A tip.

        """

    static func scenario(_ extra: [String: String] = [:], config: String? = nil) throws -> SiteScenario {
        var files = [
            "en-US/guide/workflow.md": english, "nl-NL/guide/workflow.md": dutch, "en-US/guide/other.md": other,
            "en-US/media/flow.png": "PNG",
        ]
        files.merge(extra) { $1 }
        return try config.map { try SiteScenario(files, config: $0) } ?? SiteScenario(files)
    }

    @Test func everyPageListsItsLanguageVersionsAndXDefault() throws {
        let site = try Self.scenario()
        try site.build()
        let english = try site.page("en-US/guide/workflow.html")
        #expect(english.contains(#"<html xmlns="http://www.w3.org/1999/xhtml" lang="en-US" xml:lang="en-US">"#))
        #expect(english.contains(#"<link rel="alternate" hreflang="en-US" href="workflow.html"/>"#))
        #expect(english.contains(#"<link rel="alternate" hreflang="nl-NL" href="../../nl-NL/guide/workflow.html"/>"#))
        #expect(english.contains(#"<link rel="alternate" hreflang="x-default" href="workflow.html"/>"#))
        #expect(english.contains("<title>Turn on the workflow – Help</title>"))
        #expect(english.contains(#"<meta name="description" content="How to turn the approval workflow on."/>"#))
        let dutch = try site.page("nl-NL/guide/workflow.html")
        #expect(dutch.contains(#"lang="nl-NL""#))
        #expect(dutch.contains(#"<span aria-current="page" lang="nl-NL">Nederlands</span>"#))
        // A fallback page is not a language version: no alternate points at it.
        #expect(!(try site.page("en-US/guide/other.html")).contains(#"<link rel="alternate" hreflang="nl-NL""#))
    }

    @Test func outdatedBannerOnlyOnOutdatedPagesWithReasonsAndSourceLink() throws {
        let site = try Self.scenario()
        try site.build(outdated: ["nl-NL/guide/workflow.md": "Section 'Turn on the workflow' was added"])
        let dutch = try site.page("nl-NL/guide/workflow.html")
        #expect(dutch.contains("Deze vertaling is mogelijk verouderd"))
        #expect(dutch.contains("Er is een sectie toegevoegd"))
        #expect(dutch.contains("Section &#39;Turn on the workflow&#39; was added"))
        #expect(dutch.contains(#"<a href="../../en-US/guide/workflow.html" hreflang="en-US">Lees het origineel in het Engels</a>"#))
        #expect(dutch.contains("Automatische vertaling"))
        #expect(!(try site.page("en-US/guide/workflow.html")).contains("banner"))

        let current = try Self.scenario()
        try current.build()
        let currentDutch = try current.page("nl-NL/guide/workflow.html")
        #expect(!currentDutch.contains("banner-outdated"))
        #expect(currentDutch.contains("banner-machine-translated"))
    }

    @Test func missingTranslationRendersTheSourceWithANotice() throws {
        let site = try Self.scenario()
        try site.build()
        let fallback = try site.page("nl-NL/guide/other.html")
        #expect(fallback.contains("Nog niet vertaald"))
        #expect(fallback.contains("in het Engels getoond"))
        #expect(fallback.contains(#"<article class="content" lang="en-US">"#))
        #expect(fallback.contains("<h1 id=\"other-page\">Other page"))
        // Its chrome is Dutch, its alert labels too (the reader's language).
        #expect(fallback.contains(#"<p class="alert-title">Tip</p>"#))
        #expect(fallback.contains("Naar de hoofdinhoud"))
        // The Dutch page links to the article that has no translation on the source locale's page.
        let dutch = try site.page("nl-NL/guide/workflow.html")
        #expect(dutch.contains(#"<a href="../../en-US/guide/other.html#details">tweede pagina</a>"#))
        // The image the translation lacks comes from the source locale, copied once.
        #expect(dutch.contains(#"<img src="../../en-US/media/flow.png" alt="diagram"/>"#))
        #expect(site.exists("en-US/media/flow.png"))
    }

    @Test func headingAnchorsMatchTheSourceInEveryLocale() throws {
        let site = try Self.scenario()
        try site.build()
        let english = try site.page("en-US/guide/workflow.html")
        #expect(english.contains(#"<h2 id="turn-on-the-workflow-1">"#))
        #expect(english.contains(#"<h2 id="turn-on-the-workflow-2">"#))
        let dutch = try site.page("nl-NL/guide/workflow.html")
        #expect(dutch.contains(#"<h1 id="turn-on-the-workflow"><a id="de-werkstroom-inschakelen"></a>"#))
        #expect(dutch.contains(#"<h2 id="turn-on-the-workflow-1"><a id="werkstroom-aanzetten"></a>"#))
        #expect(english.contains(##"<li class="toc-level-2"><a href="#turn-on-the-workflow-1">Turn on the workflow</a></li>"##))
        let checker = try SiteChecker(root: site.out)
        #expect(checker.brokenLinks().isEmpty, "\(checker.brokenLinks())")
    }

    @Test func alertsAreLabelledInThePageLanguageWithEnglishForUnknownLocales() throws {
        let site = try Self.scenario(
            ["fr-FR/guide/workflow.md": "# <a name=\"turn-on-the-workflow\"></a>Activer\n\n> [!CAUTION]\n> Attention.\n"],
            config: "source: en-US\ntranslations: [nl-NL, fr-FR]\n")
        try site.build()
        let english = try site.page("en-US/guide/workflow.html")
        #expect(english.contains(#"<div class="alert alert-note" role="note"><p class="alert-title">Note</p>"#))
        #expect(english.contains(#"<p class="alert-title">Warning</p>"#))
        let dutch = try site.page("nl-NL/guide/workflow.html")
        #expect(dutch.contains(#"<p class="alert-title">Opmerking</p>"#))
        #expect(dutch.contains(#"<p class="alert-title">Waarschuwing</p>"#))
        let french = try site.page("fr-FR/guide/workflow.html")
        #expect(french.contains(#"<p class="alert-title">Caution</p>"#))
        #expect(french.contains(#"hreflang="fr-FR""#))
    }

    @Test func outputIsByteIdenticalForTheSameInput() throws {
        let site = try Self.scenario()
        try site.build()
        let first = try site.snapshot()
        try site.build()
        #expect(try site.snapshot() == first)
        #expect(first.keys.contains(OutputFolder.manifestName))
    }

    /// The manifest (written a line at a time) lists every file the build wrote, sorted, after its header.
    @Test func manifestListsEveryFileWritten() throws {
        let site = try Self.scenario()
        let result = try site.build()
        let manifest = try site.page(OutputFolder.manifestName)
        #expect(manifest == "# files written by docloc build\n" + result.files.sorted().joined(separator: "\n") + "\n")
        #expect(result.files.contains("translation-status.html"))
        #expect(result.files.contains("en-US/index.html"))
    }

    @Test func everyPageIsWellFormedXML() throws {
        let site = try Self.scenario(["en-US/guide/raw.md": "# Raw\n\n<table><tr><td>a<br>b &nbsp; c</td></tr></table>\n\nx <kbd>Ctrl</kbd> <b>unclosed\n"])
        let result = try site.build(verify: true)
        #expect(result.published)
        let checker = try SiteChecker(root: site.out)
        #expect(checker.malformed.isEmpty, "\(checker.malformed)")
        #expect(checker.ids.keys.contains("translation-status.html"))
        let sitemap = Array(try Data(contentsOf: site.out.appendingPathComponent("sitemap.xml")))
        #expect(LibXML2.xmlWellFormednessError(sitemap) == nil)
    }

    @Test func sitemapListsLanguageVersionsWithAlternates() throws {
        let site = try Self.scenario()
        try site.build()
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
        #expect(sitemap.contains("<loc>https://help.example.com/nl-NL/guide/workflow.html</loc>"))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="nl-NL" href="https://help.example.com/nl-NL/guide/workflow.html"/>"#))
        #expect(sitemap.contains(#"<xhtml:link rel="alternate" hreflang="x-default" href="https://help.example.com/en-US/guide/workflow.html"/>"#))
        // The fallback page shows English text: it is not a Dutch language version.
        #expect(!sitemap.contains("nl-NL/guide/other.html"))
    }

    @Test func dashboardCountsStatusesAndChartsTheirShare() throws {
        let site = try Self.scenario()
        try site.build(outdated: ["nl-NL/guide/workflow.md": "The intro changed"])
        let dashboard = try site.page("translation-status.html")
        #expect(dashboard.contains("May be outdated: <strong>1</strong> <span class=\"percent\">(50%)</span>"))
        #expect(dashboard.contains("Not translated: <strong>1</strong>"))
        #expect(dashboard.contains(#"<rect class="segment-outdated" x="0" y="0" width="500" height="48">"#))
        #expect(dashboard.contains(#"<rect class="segment-missing" x="500" y="0" width="500" height="48">"#))
        #expect(dashboard.contains("<code>section-added</code> The intro changed"))
        #expect(dashboard.contains("11/12/2020"))
    }

    @Test func eachLocaleHasASearchIndexAsJSONAndAsAScript() throws {
        let site = try Self.scenario()
        try site.build()
        let script = try site.page("nl-NL/search-index.js")
        #expect(script.hasPrefix("window.doclocSearchIndex = ["))
        let json = try Data(contentsOf: site.out.appendingPathComponent("nl-NL/search-index.json"))
        let entries = try JSONDecoder().decode([SearchIndex.Entry].self, from: json)
        #expect(entries.map(\.url) == ["nl-NL/guide/other.html", "nl-NL/guide/workflow.html"])
        #expect(entries[1].title == "De werkstroom inschakelen")
        #expect(entries[1].headings == ["Werkstroom aanzetten", "Werkstroom aanzetten"])
        let page = try site.page("nl-NL/guide/workflow.html")
        #expect(page.contains(#"data-index="../search-index.js""#))
        #expect(page.contains(#"<script src="../../assets/search.js" defer="defer"></script>"#))
    }

    @Test func docFXExtensionsBecomeSafeMarkup() throws {
        let page = """
            # Extensions

            [!INCLUDE [shared](../includes/shared.md)]

            ::: moniker range="o365-worldwide"
            Worldwide only.
            ::: moniker-end

            :::image type="content" source="../media/flow.png" alt-text="The flow":::

            > [!VIDEO https://www.microsoft.com/videoplayer/embed/RE1]

            """
        let site = try Self.scenario([
            "en-US/guide/ext.md": page, "nl-NL/guide/ext.md": page,
            "en-US/includes/shared.md": "Shared **English** text, see [other](../guide/other.md).\n",
            "nl-NL/includes/shared.md": "Gedeelde **Nederlandse** tekst.\n",
            "fr-FR/guide/ext.md": page,
        ], config: "source: en-US\ntranslations: [nl-NL, fr-FR]\n")
        try site.build()
        let english = try site.page("en-US/guide/ext.html")
        #expect(english.contains(#"<p>Shared <strong>English</strong> text, see <a href="other.html">other</a>.</p>"#))
        #expect(english.contains(#"<div class="moniker"><p class="moniker-label">Applies to: <code>o365-worldwide</code></p>"#))
        #expect(english.contains(#"<figure class="image image-content"><img src="../media/flow.png" alt="The flow"/></figure>"#))
        #expect(english.contains(#"<p class="video"><a href="https://www.microsoft.com/videoplayer/embed/RE1">Watch the video</a></p>"#))
        #expect(!english.contains("<iframe"))
        // The include in the page's locale first, then the source's.
        #expect(try site.page("nl-NL/guide/ext.html").contains("Gedeelde <strong>Nederlandse</strong> tekst."))
        #expect(try site.page("nl-NL/guide/ext.html").contains("Van toepassing op: <code>o365-worldwide</code>"))
        let french = try site.page("fr-FR/guide/ext.html")
        #expect(french.contains(#"Shared <strong>English</strong> text, see <a href="../../en-US/guide/other.html">other</a>."#))
        #expect(french.contains(#"<img src="../../en-US/media/flow.png" alt="The flow"/>"#))
    }
}
