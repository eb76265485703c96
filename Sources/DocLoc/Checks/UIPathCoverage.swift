/// How the UI paths of a content set resolved, per locale: fully resolved (some through old or other-locale
/// labels), outside the model (first label not a modelled root), or wrong (an unknown label).
public struct UIPathCoverage: Hashable, Sendable {
    public struct Counts: Hashable, Sendable {
        public var resolved = 0
        public var outdated = 0
        public var otherLocale = 0
        public var unmodelled = 0
        public var wrong = 0
        public var total: Int { resolved + unmodelled + wrong }
    }

    public private(set) var byLocale: [String: Counts] = [:]

    public init() {}

    public mutating func count(_ trace: UIPathTrace) {
        var counts = byLocale[trace.locale, default: Counts()]
        if !trace.isModelled {
            counts.unmodelled += 1
        } else if trace.hasUnknown {
            counts.wrong += 1
        } else {
            counts.resolved += 1
            if trace.hasFormerly { counts.outdated += 1 }
            if trace.hasOtherLocale { counts.otherLocale += 1 }
        }
        byLocale[trace.locale] = counts
    }

    public mutating func add(_ other: UIPathCoverage) {
        for (locale, c) in other.byLocale {
            var counts = byLocale[locale, default: Counts()]
            counts.resolved += c.resolved
            counts.outdated += c.outdated
            counts.otherLocale += c.otherLocale
            counts.unmodelled += c.unmodelled
            counts.wrong += c.wrong
            byLocale[locale] = counts
        }
    }

    /// `UI paths en-US: 40 of 52 resolved (3 with old labels, 0 with other-locale labels), 10 outside the model, 2 wrong`.
    public func summaryLines(locales: [String]) -> [String] {
        let ordered = locales.filter { byLocale[$0] != nil } + byLocale.keys.filter { !locales.contains($0) }.sorted()
        return ordered.map { locale in
            let c = byLocale[locale]!
            return "UI paths \(locale): \(c.resolved) of \(c.total) resolved (\(c.outdated) with old labels, "
                + "\(c.otherLocale) with other-locale labels), \(c.unmodelled) outside the model, \(c.wrong) wrong"
        }
    }
}
