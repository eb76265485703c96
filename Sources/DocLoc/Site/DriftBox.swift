/// An immutable verdict shared by reference (see `SitePage.drift`).
final class DriftBox: Hashable, Sendable {
    let value: PairDrift

    init(_ value: PairDrift) { self.value = value }

    static func == (a: DriftBox, b: DriftBox) -> Bool { a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
