/// The site-wide files, written once every article page is: the locale indexes on the builder's thread, the dashboard
/// and the listings (`SiteBuilder+Listings.swift`) on two others meanwhile.
extension SiteBuilder {
    /// The site-wide files: each locale's index and search indexes, the language chooser, the dashboard, the
    /// sitemap, the theme's assets, and the content files the pages use (`SiteWriter.copy`: returns how many were
    /// linked).
    func writeSitePages(
        plan: SitePlan, verdicts: [DriftBox], titles: [String], spool: SearchIndexSpool, writer: SiteWriter,
        copying usedFiles: [String]
    ) throws -> Int {
        let configuration = content.configuration
        let folder = writer.folder
        // The dashboard — a row per translation — is keyed and rendered on another thread while this one writes the
        // other site-wide files; it is written last.
        let dashboard = StatusDashboard(plan: plan, verdicts: verdicts, titles: titles, siteTitle: configuration.siteTitle)
        let renderer = writer.renderer
        let dashboardFile = folder.stagingPath(StatusDashboard.outputPath)
        let preparedDashboard = BackgroundWork {
            renderer.prepare(
                StatusDashboard.outputPath, template: "translation-status", values: dashboard.values(), streamingInto: dashboardFile)
        }
        // The search indexes and the sitemap, which grow with the site too, on a third thread meanwhile: the locale
        // indexes are this one's share (at 1k pairs these two took this thread as long as the indexes did, while
        // the dashboard's was idle). The spool is that thread's until it is done.
        let (verify, baseURL, previous, siteKey) = (self.verify, configuration.baseURL, writer.previous, renderer.siteKey)
        let trustedBefore = renderer.trustedBefore
        let listings = BackgroundWork { [spool = SpoolHandover(spool)] in
            Self.writeListings(
                plan: plan, spool: spool.spool, folder: folder, baseURL: baseURL, verify: verify, previous: previous, siteKey: siteKey,
                trustedBefore: trustedBefore)
        }
        // Never left still writing into the staging folder (a failed build removes it).
        defer {
            _ = listings.wait()
            _ = preparedDashboard.wait()
        }
        for locale in plan.publishedLocales {
            let index = LocaleIndex(locale: locale, plan: plan, titles: titles, siteTitle: configuration.siteTitle)
            try writer.render(index.outputPath, template: "locale-index", values: index.values())
        }
        let chooser = LanguageChooser(plan: plan, siteTitle: configuration.siteTitle)
        try writer.render("index.html", template: "language-chooser", values: chooser.values())
        for file in try listings.wait().get() {
            writer.note(written: [file.path], streamed: file.streamed)
            writer.note(malformed: file.malformed, at: file.path)
            if let rendered = file.rendered { try writer.cache.rendered(file.path, rendered) }
        }
        for name in Theme.assetNames.sorted() { try writer.write("assets/" + name, theme.assets[name] ?? [], check: false) }
        let linked = try writer.copy(usedFiles, from: content.root, reserved: [StatusDashboard.outputPath])
        try writer.write(preparedDashboard.wait(), values: dashboard.values)
        return linked
    }
}
