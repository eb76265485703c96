/// `uipath-changed`: per aligned section, the settings paths of source and translation must lead to the same
/// place. With a product model, paths are compared by the model nodes they resolve to, and a translated path
/// that gets there only through an old (`formerly`) label, where the source uses today's, is a change too.
/// Without a model, by count and by the number of labels in each path.
struct UIPathComparer: DriftComparer {
    func findings(in pair: DriftPair) -> [DriftFinding] {
        let sourcePaths = DriftPair.bySection(pair.source.uiPaths, \.section)
        let translatedPaths = DriftPair.bySection(pair.translation.uiPaths, \.section)
        var findings: [DriftFinding] = []
        for match in pair.alignment.matches {
            let s = sourcePaths[match.source] ?? []
            let t = translatedPaths[match.translation] ?? []
            let section = pair.sourceName(ofSection: match.source)
            if s.count != t.count {
                findings.append(DriftFinding(
                    .uiPathChanged,
                    "section \(section) has \(s.count) settings path\(s.count == 1 ? "" : "s") in the source, \(t.count) in the translation",
                    source: s.first?.location.line ?? pair.sourceLine(ofSection: match.source),
                    translation: t.first?.location.line ?? pair.translationLine(ofSection: match.translation)))
                continue
            }
            for (sp, tp) in zip(s, t) {
                if let message = difference(sp, tp, pair: pair) {
                    findings.append(DriftFinding(.uiPathChanged, message, source: sp.location.line, translation: tp.location.line))
                }
            }
        }
        return findings
    }

    private func difference(_ source: UIPath, _ translated: UIPath, pair: DriftPair) -> String? {
        if let resolver = pair.context.resolver {
            let s = resolver.resolve(source, locale: pair.sourceLocale)
            let t = resolver.resolve(translated, locale: pair.locale)
            if s.isModelled || t.isModelled {
                if s.nodeIDs != t.nodeIDs {
                    return "settings path '\(source.display)' leads to \(Self.place(s)); the translation's "
                        + "'\(translated.display)' leads to \(Self.place(t))"
                }
                if t.usedFormerlyLabel && !s.usedFormerlyLabel {
                    return "the translation's settings path '\(translated.display)' uses an old label where the source "
                        + "'\(source.display)' uses today's"
                }
                return nil
            }
        }
        if source.segments.count != translated.segments.count {
            return "settings path '\(source.display)' has \(source.segments.count) labels; the translation's "
                + "'\(translated.display)' has \(translated.segments.count)"
        }
        return nil
    }

    private static func place(_ resolution: UIPathResolution) -> String {
        if !resolution.isModelled { return "no modelled page" }
        let path = resolution.nodeIDs.joined(separator: " > ")
        return resolution.isComplete ? path : "\(path) and then nowhere"
    }
}
