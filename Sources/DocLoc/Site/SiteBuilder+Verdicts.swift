/// The drift verdicts an incremental build keeps: looked up on every core while the site is planned, then recorded in
/// the new cache in pair order (`SiteBuilder.writeArticles`).
extension SiteBuilder {
    /// For each pair (by index) whose key (`driftInputs`) has a verdict in `previous`: the key and the pair's drift
    /// from that verdict (decoded). Keys and verdicts on every core (a SHA-256 and a record decoded per pair). Boxed, so the
    /// list is a pointer a pair rather than a tuple of several hundred bytes; a full build has no verdicts to keep and
    /// looks for none.
    static func lookUpVerdicts(
        _ previous: CacheTable<BuildCache.Verdict>, of content: ContentSet, driftInputs: DriftInputs?
    ) -> [KeptVerdict?] {
        guard let driftInputs, !previous.isEmpty else { return [] }
        let pairs = content.pairs
        return ParallelMap.map(Array(pairs.indices)) { index -> KeptVerdict? in
            guard let key = driftInputs.digest(for: pairs[index]), let verdict = previous[key.hex] else { return nil }
            return KeptVerdict(key: key, drift: verdict.drift(of: pairs[index], in: content))
        }
    }

    /// The verdicts the previous build found for pairs whose inputs are unchanged (by pair index, one slot per pair:
    /// `found` itself, not a dictionary of copies beside it — 50k entries of a 50k-pair incremental build's peak;
    /// recorded in the new cache as they are, in pair order), how many, and the documents to parse for drift: every
    /// one not summarized, and both sides of every pair compared again. An unchanged article in no such pair is not
    /// parsed for drift.
    func keptVerdicts(
        _ found: consuming [KeptVerdict?], previous: BuildCache, driftInputs: DriftInputs?, cache: BuildCacheWriter
    ) throws -> (kept: [KeptVerdict?], count: Int, compared: [Bool]) {
        // By document index (a flag each, not a set of 100,000 indexes held through the batches).
        var compared = content.documents.map { !$0.isSummarized }
        let pairs = content.pairs
        guard driftInputs != nil else { return ([KeptVerdict?](repeating: nil, count: pairs.count), 0, compared) }
        var kept = found
        if kept.count != pairs.count { kept = [KeptVerdict?](repeating: nil, count: pairs.count) }
        var count = 0
        for (index, pair) in pairs.enumerated() {
            if let found = kept[index] {
                count += 1
                if let record = previous.verdicts.storedRecord(found.key.hex) {
                    try cache.verdict(copying: record)
                } else {
                    try cache.verdict(found.key.hex, BuildCache.Verdict(found.drift))
                }
            } else {
                for side in [pair.source, pair.translation].compactMap({ $0 }) { compared[side] = true }
            }
        }
        return (kept, count, compared)
    }

    /// A previous verdict that still holds for a pair: its key, and the pair's drift from it (which holds all the
    /// verdict has: `BuildCache.Verdict(drift)` is the verdict again).
    final class KeptVerdict: Sendable {
        let key: Digest256
        let drift: PairDrift
        init(key: Digest256, drift: PairDrift) {
            self.key = key
            self.drift = drift
        }
    }
}
