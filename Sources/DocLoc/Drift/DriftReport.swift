/// Drift verdicts for every translation pair of a content set.
public struct DriftReport: Sendable {
    public var pairs: [PairDrift]

    public init(pairs: [PairDrift]) {
        self.pairs = pairs
    }

    /// The verdict for an article (source-relative path) in a locale.
    public func drift(locale: String, relativePath: String) -> PairDrift? {
        pairs.first { $0.pair.locale == locale && $0.pair.relativePath == relativePath }
    }

    public func count(_ status: DriftStatus) -> Int { pairs.count { $0.status == status } }
}
