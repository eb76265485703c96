/// One comparison concern of the drift check (structure, links, numbers, …): reads an aligned pair and
/// returns findings as values.
protocol DriftComparer: Sendable {
    func findings(in pair: DriftPair) -> [DriftFinding]
}
