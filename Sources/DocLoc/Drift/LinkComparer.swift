/// `link-changed`: per aligned section, the link targets (after `TargetNormalizer`) the source has and the
/// translation lacks, and the other way round; a lost and a new target in one section are reported as one change.
struct LinkComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        let sourceLinks = DriftPair.bySection(pair.source.links.filter { !$0.destination.isEmpty }, \.section)
        let translatedLinks = DriftPair.bySection(pair.translation.links.filter { !$0.destination.isEmpty }, \.section)
        var findings: [DriftFinding] = []
        let differences = TargetDifference.perSection(pair.alignment.matches.map { match in
            (
                (sourceLinks[match.source] ?? []).map { ($0.destination, pair.sourceLine($0.location, inSection: match.source)) },
                (translatedLinks[match.translation] ?? []).map { ($0.destination, pair.translationLine($0.location, inSection: match.translation)) }
            )
        })
        for (match, difference) in zip(pair.alignment.matches, differences) {
            let section = pair.sourceName(ofSection: match.source)
            for change in difference.changes {
                let message: String
                switch (change.source, change.translation) {
                case (let s?, let t?):
                    message = "link to '\(s.target)' in the source is a link to '\(t.target)' in the translation (section \(section))"
                case (let s?, nil):
                    message = "the source links to '\(s.target)'; the translation of section \(section) does not"
                case (nil, let t?):
                    message = "the translation links to '\(t.target)'; section \(section) of the source does not"
                case (nil, nil):
                    continue
                }
                findings.append(DriftFinding(
                    .linkChanged, message, source: change.source?.line ?? pair.sourceLine(ofSection: match.source),
                    translation: change.translation?.line ?? pair.translationLine(ofSection: match.translation)))
            }
        }
        return findings
    }
}
