/// `section-added`, `section-removed`, `section-renamed`: what the alignment could not pair, and translated
/// headings whose English-slug anchor no longer names a source heading.
struct SectionComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        var findings: [DriftFinding] = []
        for match in pair.alignment.matches {
            guard let old = match.renamedFrom else { continue }
            let section = pair.source.sections[match.source]
            findings.append(DriftFinding(
                .sectionRenamed,
                "source heading is now '\(section.title)' (#\(section.slug)); the translation "
                    + "\(pair.translationName(ofSection: match.translation)) was made from the heading #\(old)",
                source: pair.sourceLine(ofSection: match.source), translation: pair.translationLine(ofSection: match.translation)))
        }
        for s in pair.alignment.unmatchedSource {
            findings.append(DriftFinding(
                .sectionAdded,
                "source section \(pair.sourceName(ofSection: s)) has no translation (added to the source since)",
                source: pair.sourceLine(ofSection: s), translation: nearestTranslationLine(before: s, in: pair)))
        }
        for t in pair.alignment.unmatchedTranslation {
            let section = pair.translation.sections[t]
            let anchor = section.explicitAnchor.map { " (#\($0))" } ?? ""
            findings.append(DriftFinding(
                .sectionRemoved,
                "translated section \(pair.translationName(ofSection: t))\(anchor) has no source section (removed from the source)",
                source: nearestSourceLine(before: t, in: pair), translation: pair.translationLine(ofSection: t)))
        }
        return findings
    }

    /// Where a missing translated section would go: the line of the translated twin of the closest
    /// earlier source section (1 when there is none).
    private func nearestTranslationLine(before source: Int, in pair: DriftPair) -> Int {
        let twins = pair.alignment.translationBySource
        for s in stride(from: source - 1, through: 0, by: -1) {
            if let t = twins[s] { return pair.translationLine(ofSection: t) }
        }
        return pair.translation.bodyStartLine
    }

    private func nearestSourceLine(before translation: Int, in pair: DriftPair) -> Int {
        let bySource = Dictionary(pair.alignment.matches.map { ($0.translation, $0.source) }, uniquingKeysWith: { a, _ in a })
        for t in stride(from: translation - 1, through: 0, by: -1) {
            if let s = bySource[t] { return pair.sourceLine(ofSection: s) }
        }
        return pair.source.bodyStartLine
    }
}
