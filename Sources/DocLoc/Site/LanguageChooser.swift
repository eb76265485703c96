/// `<out>/index.html`: one link per locale, each named in its own language.
struct LanguageChooser {
    var plan: SitePlan
    var siteTitle: String

    func values() -> [String: Any] {
        let strings = SiteStrings.for(locale: plan.sourceLocale)
        var chrome = PageChrome(outputPath: "index.html", locale: plan.sourceLocale, title: siteTitle, siteTitle: siteTitle, strings: strings)
        chrome.hasSearch = false
        var values = chrome.values()
        values["locales"] = plan.publishedLocales.map { locale -> [String: Any] in
            ["tag": locale, "name": SiteStrings.autonym(of: locale), "href": locale + "/index.html"]
        }
        return values
    }
}
