/// `<out>/translation-status.html`: per translated locale, every article with its status, findings,
/// machine-translation flag and hand-off date, counts per status, and an inline SVG bar of the share of
/// current, outdated and missing pages.
struct StatusDashboard: Sendable {
    var plan: SitePlan
    /// Every pair's verdict, in any order (rows are sorted by path per locale); the boxes the pages hold.
    var verdicts: [DriftBox]
    /// Each page's article title, by page index.
    var titles: [String]
    var siteTitle: String

    static let outputPath = "translation-status.html"
    static let charted: [DriftStatus] = [.current, .outdated, .missing]

    func values() -> [String: Any] {
        let strings = SiteStrings.for(locale: plan.sourceLocale)
        var chrome = PageChrome(
            outputPath: Self.outputPath, locale: plan.sourceLocale, title: strings.translationStatus, siteTitle: siteTitle,
            strings: strings)
        chrome.hasSearch = false
        var values = chrome.values()
        values["title"] = strings.translationStatus
        values["locales"] = plan.locales.dropFirst().map { locale -> [String: Any] in
            // Indexes, not a sorted copy of the verdicts (50,000 at 50k pairs, with the page plan held beside them).
            let rows = self.verdicts.indices.filter { self.verdicts[$0].value.pair.locale == locale }
                .sorted { self.verdicts[$0].value.pair.relativePath < self.verdicts[$1].value.pair.relativePath }
            let verdicts = rows.lazy.map { self.verdicts[$0].value }
            let rowValues = TemplateRows(count: rows.count) { index -> [String: Any] in
                let verdict = self.verdicts[rows[index]].value
                let path = verdict.translationPath ?? verdict.sourcePath ?? verdict.pair.relativePath
                var row: [String: Any] = [
                    "path": HTMLWriter.xmlSafe(SitePath.splitLocale(path).rest), "title": HTMLWriter.xmlSafe(verdict.pair.relativePath), "status": verdict.status.rawValue, "statusLabel": strings.status(verdict.status),
                    "machineTranslated": verdict.isMachineTranslated, "handoff": HTMLWriter.xmlSafe(verdict.handoffDate ?? ""),
                    "hasFindings": !verdict.findings.isEmpty, "findingCount": verdict.findings.count,
                    "findings": verdict.findings.map { ["kind": $0.kind, "message": HTMLWriter.xmlSafe($0.message)] },
                ]
                let group = verdict.pair.source == nil ? "\u{1}" + path : verdict.pair.relativePath
                if let index = page(locale: locale, group: group) {
                    row["href"] = chrome.url(plan.pages[index].outputPath)
                    if !titles[index].isEmpty { row["title"] = HTMLWriter.xmlSafe(titles[index]) }
                }
                return row
            }
            let counts = DriftStatus.allCases.map { status in (status, verdicts.count { $0.status == status }) }
            let total = max(verdicts.count, 1)
            return [
                "tag": locale, "name": SiteStrings.autonym(of: locale), "rows": rowValues, "total": verdicts.count,
                "counts": counts.map { status, count -> [String: Any] in
                    ["status": status.rawValue, "label": strings.status(status), "count": count, "percent": (count * 100 + total / 2) / total]
                },
                "segments": segments(counts: counts, strings: strings),
                "chartLabel": counts.filter { Self.charted.contains($0.0) }.map { "\(strings.status($0.0)): \($0.1)" }
                    .joined(separator: ", "),
            ]
        }
        return values
    }

    /// The page showing a group's article in a locale (the last in page order, should two).
    private func page(locale: String, group: String) -> Int? {
        plan.pageIndexes(inGroup: group).last { plan.pages[$0].locale == locale }
    }

    /// Bar segments on a 1000-unit axis, integer arithmetic so the output is the same on every machine.
    func segments(counts: [(DriftStatus, Int)], strings: SiteStrings) -> [[String: Any]] {
        let charted = counts.filter { Self.charted.contains($0.0) && $0.1 > 0 }
        let total = charted.reduce(0) { $0 + $1.1 }
        guard total > 0 else { return [] }
        var x = 0
        var cumulative = 0
        return charted.map { status, count in
            cumulative += count
            let end = cumulative * 1000 / total
            defer { x = end }
            return [
                "status": status.rawValue, "label": strings.status(status), "count": count, "x": x, "width": end - x,
                "percent": (count * 100 + total / 2) / total,
            ]
        }
    }
}
