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
            var rowValues = TemplateRows(count: rows.count) { index -> [String: Any] in
                let verdict = self.verdicts[rows[index]].value
                let path = Self.shownPath(of: verdict)
                var row: [String: Any] = [
                    "path": HTMLWriter.xmlSafe(SitePath.splitLocale(path).rest), "title": HTMLWriter.xmlSafe(verdict.pair.relativePath), "status": verdict.status.rawValue, "statusLabel": strings.status(verdict.status),
                    "machineTranslated": verdict.isMachineTranslated, "handoff": HTMLWriter.xmlSafe(verdict.handoffDate ?? ""),
                    "hasFindings": !verdict.findings.isEmpty, "findingCount": verdict.findings.count,
                    "findings": verdict.findings.map { ["kind": $0.kind, "message": HTMLWriter.xmlSafe($0.message)] },
                ]
                if let index = page(showing: verdict) {
                    row["href"] = chrome.url(plan.pages[index].outputPath)
                    if !titles[index].isEmpty { row["title"] = HTMLWriter.xmlSafe(titles[index]) }
                }
                return row
            }
            rowValues.inputs = { index in rowDigest(self.verdicts[rows[index]]) }
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

    /// The path a verdict's row shows (and links by): its translation's, else its source's.
    private static func shownPath(of verdict: PairDrift) -> String {
        verdict.translationPath ?? verdict.sourcePath ?? verdict.pair.relativePath
    }

    /// The page showing a verdict's article in its locale (the last in page order, should two).
    private func page(showing verdict: PairDrift) -> Int? {
        let group = verdict.pair.source == nil ? "\u{1}" + Self.shownPath(of: verdict) : verdict.pair.relativePath
        return plan.pageIndexes(inGroup: group).last { plan.pages[$0].locale == verdict.pair.locale }
    }

    /// A row's digest from what makes it (`TemplateRows.inputs`), for a verdict with a key: everything the row shows
    /// is a function of the verdict — which its key determines, paths and locale included —, of the page it links
    /// (path and title) and of the source locale's strings (in the key, with the configuration and the docloc
    /// executable). The version string changes whenever what a row shows does.
    func rowDigest(_ box: DriftBox) -> [UInt8]? {
        guard let key = box.key else { return nil }
        var hasher = StableHasher()
        hasher.add("dashboard row 1")
        hasher.add(bytes: key.bytes)
        if let index = page(showing: box.value) {
            hasher.add(plan.pages[index].outputPath)
            hasher.add(titles[index])
        } else {
            hasher.add("no page")
        }
        return hasher.finalizeBytes()
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
