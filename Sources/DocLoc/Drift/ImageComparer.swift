/// `image-changed`: per aligned section, images the source shows and the translation does not (and the other
/// way round), compared by path without locale segments and without letter case.
struct ImageComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        let sourceImages = DriftPair.bySection(pair.source.images, \.section)
        let translatedImages = DriftPair.bySection(pair.translation.images, \.section)
        var findings: [DriftFinding] = []
        let differences = TargetDifference.perSection(
            pair.alignment.matches.map { match in
                (
                    (sourceImages[match.source] ?? []).map { ($0.source, $0.location.line) },
                    (translatedImages[match.translation] ?? []).map { ($0.source, $0.location.line) }
                )
            }, normalize: { TargetNormalizer.normalize($0).lowercased() })
        for (match, difference) in zip(pair.alignment.matches, differences) {
            let section = pair.sourceName(ofSection: match.source)
            for change in difference.changes {
                let message: String
                switch (change.source, change.translation) {
                case (let s?, let t?): message = "image '\(s.target)' in the source is '\(t.target)' in the translation (section \(section))"
                case (let s?, nil): message = "the source shows image '\(s.target)'; the translation of section \(section) does not"
                case (nil, let t?): message = "the translation shows image '\(t.target)'; section \(section) of the source does not"
                case (nil, nil): continue
                }
                findings.append(DriftFinding(
                    .imageChanged, message, source: change.source?.line ?? pair.sourceLine(ofSection: match.source),
                    translation: change.translation?.line ?? pair.translationLine(ofSection: match.translation)))
            }
        }
        return findings
    }
}
