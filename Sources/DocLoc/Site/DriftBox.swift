/// An immutable verdict shared by reference (see `SitePage.drift`), with the key of the inputs it was found from
/// (`DriftInputs`) when it has one: equal keys, equal verdicts — the dashboard keys its rows by it.
final class DriftBox: Hashable, Sendable {
    let value: PairDrift
    let key: Digest256?

    init(_ value: PairDrift, key: Digest256? = nil) {
        self.value = value
        self.key = key
    }

    static func == (a: DriftBox, b: DriftBox) -> Bool { a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
