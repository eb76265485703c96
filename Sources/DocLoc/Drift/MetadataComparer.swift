/// `metadata-changed`: front-matter keys that are not localized must have the source's value in the
/// translation, and `ms.contentlocale` must name the translation's folder.
struct MetadataComparer: DriftComparer {
    /// Keys a translation copies from its source unchanged.
    static let fixedKeys = [
        "ms.assetid", "ms.topic", "ms.service", "ms.subservice", "ms.author", "author", "manager", "ms.collection",
        "ms.custom", "audience", "f1.keywords", "search.appverid", "ms.prod", "ms.technology", "ROBOTS",
    ]

    func findings(in pair: DriftPair) -> [DriftFinding] {
        let source = pair.source.frontMatter, translation = pair.translation.frontMatter
        var findings: [DriftFinding] = []
        for key in Self.fixedKeys {
            let s = source[key].map(Self.values), t = translation[key].map(Self.values)
            if s == t { continue }
            let sourceLine = source.line(of: key) ?? source.startLine ?? 1
            let translationLine = translation.line(of: key) ?? translation.endLine ?? translation.startLine ?? 1
            let message: String
            switch (s, t) {
            case (let s?, let t?): message = "\(key) is \(Self.show(s)) in the source, \(Self.show(t)) in the translation"
            case (let s?, nil): message = "\(key) (\(Self.show(s))) is missing from the translation"
            case (nil, let t?): message = "the translation has \(key) (\(Self.show(t))), which the source does not"
            case (nil, nil): continue
            }
            findings.append(DriftFinding(.metadataChanged, message, source: sourceLine, translation: translationLine))
        }
        if let locale = translation.contentLocale, locale.lowercased() != pair.locale.lowercased() {
            findings.append(DriftFinding(
                .metadataChanged, "ms.contentlocale is '\(locale)' in a translation in the \(pair.locale) folder",
                source: source.startLine ?? 1, translation: translation.line(of: "ms.contentlocale")))
        }
        return findings
    }

    /// A key's values, order aside (a list is a set of labels).
    static func values(_ value: FrontMatterValue) -> [String] {
        value.scalarList.map(\.trimmingSpaces).sorted()
    }

    static func show(_ values: [String]) -> String {
        values.count == 1 ? "'\(values[0])'" : "[\(values.joined(separator: ", "))]"
    }
}
