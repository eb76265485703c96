/// The report a localizer works from: one block per outdated article, most serious first, each finding with
/// the translation's line and the source's; then the translations that are missing, and a summary that says
/// plainly what `orphaned` means.
public struct DriftTextFormatter: DriftFormatter {
    public init() {}

    public func format(_ report: DriftReport) -> String {
        var out = ""
        for drift in report.outdatedBySeriousness {
            out += block(drift) + "\n"
        }
        let missing = report.pairs.filter { $0.status == .missing }
        if !missing.isEmpty {
            out += "missing translations (source without translation):\n"
            for drift in missing { out += "  \(drift.pair.locale): \(drift.sourcePath ?? drift.pair.relativePath)\n" }
            out += "\n"
        }
        out += summary(report)
        return out
    }

    func block(_ drift: PairDrift) -> String {
        let path = drift.translationPath ?? drift.pair.relativePath
        var facts = ["\(drift.findings.count) finding\(drift.findings.count == 1 ? "" : "s")"]
        if drift.isMachineTranslated { facts.append("machine-translated") }
        if let date = drift.handoffDate { facts.append("handed off \(date)") }
        var out = "\(path): outdated (\(facts.joined(separator: ", ")))\n"
        out += "  source: \(drift.sourcePath ?? "?")\n"
        for finding in drift.findings {
            let t = finding.translationLine.map { "line \($0)" } ?? "file"
            let s = finding.sourceLine.map { ", source line \($0)" } ?? ""
            out += "  \(t)\(s): \(finding.message) [\(finding.kind)]\n"
        }
        if let diff = drift.sourceDiff {
            if diff.outcome == .found, !diff.diff.isEmpty {
                out += "  what changed in the source since the translation (\(diff.baseCommit?.prefix(12) ?? "")):\n"
                for line in diff.diff.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                    out += "    \(line)\n"
                }
            } else {
                out += "  \(diff.explanation)\n"
            }
        }
        return out
    }

    func summary(_ report: DriftReport) -> String {
        var out = ""
        let locales = Set(report.pairs.map(\.pair.locale)).sorted()
        for locale in locales {
            let pairs = report.filtered(locale: locale)
            let compared = pairs.count(.current) + pairs.count(.outdated)
            let matching = pairs.pairs.count(where: \.fingerprintMatches)
            out += "\(locale): \(pairs.count(.current)) current, \(pairs.count(.outdated)) outdated, "
                + "\(pairs.count(.missing)) missing (source without translation), "
                + "\(pairs.count(.orphaned)) orphaned (no source in this content set)\n"
            out += "  recorded fingerprint equals today's source: \(matching) of \(compared) compared\n"
        }
        let counts = report.findingCounts
        if !counts.isEmpty {
            let kinds = counts.keys.sorted { (DriftKind.rank(of: $0), $0) < (DriftKind.rank(of: $1), $1) }
            out += "findings: " + kinds.map { "\(counts[$0]!) \($0)" }.joined(separator: ", ") + "\n"
        }
        if report.pairs.isEmpty { out += "no translations to compare\n" }
        return out
    }
}
