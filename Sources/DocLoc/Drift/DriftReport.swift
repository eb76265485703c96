/// Drift verdicts for every translation pair of a content set, sorted by locale and path.
public struct DriftReport: Sendable {
    public var pairs: [PairDrift]

    public init(pairs: [PairDrift]) {
        self.pairs = pairs.sorted { ($0.pair.locale, $0.pair.relativePath) < ($1.pair.locale, $1.pair.relativePath) }
        index = Dictionary(self.pairs.enumerated().map { ("\($1.pair.locale)/\($1.pair.relativePath)", $0) }, uniquingKeysWith: { a, _ in a })
    }

    private var index: [String: Int]

    /// The verdict for an article (source-relative path) in a locale.
    public func drift(locale: String, relativePath: String) -> PairDrift? {
        index["\(locale)/\(relativePath)"].map { pairs[$0] }
    }

    public func count(_ status: DriftStatus) -> Int { pairs.count { $0.status == status } }

    /// How many findings of each kind, over all pairs.
    public var findingCounts: [String: Int] {
        pairs.reduce(into: [:]) { counts, pair in
            for finding in pair.findings { counts[finding.kind, default: 0] += 1 }
        }
    }

    /// Only the pairs of one locale.
    public func filtered(locale: String?) -> DriftReport {
        guard let locale else { return self }
        return DriftReport(pairs: pairs.filter { $0.pair.locale.lowercased() == locale.lowercased() })
    }

    /// Outdated pairs, most serious first: by the most serious kind found, then by how many findings.
    public var outdatedBySeriousness: [PairDrift] {
        pairs.filter { $0.status == .outdated }.sorted { a, b in
            let ra = a.findings.map { DriftKind.rank(of: $0.kind) }.min() ?? Int.max
            let rb = b.findings.map { DriftKind.rank(of: $0.kind) }.min() ?? Int.max
            if ra != rb { return ra < rb }
            if a.findings.count != b.findings.count { return a.findings.count > b.findings.count }
            return (a.pair.locale, a.pair.relativePath) < (b.pair.locale, b.pair.relativePath)
        }
    }
}
