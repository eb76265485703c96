/// The drift verdicts an incremental build keeps: looked up on every core while the site is planned, then recorded in
/// the new cache in pair order (`SiteBuilder.writeArticles`).
extension SiteBuilder {
    /// For each pair (by index) whose key (`driftInputs`) has a verdict in `previous`: that verdict, decoded, and the
    /// pair's drift from it. Keys and verdicts on every core (a SHA-256 and a record decoded per pair). Boxed, so the
    /// list is a pointer a pair rather than a tuple of several hundred bytes; a full build has no verdicts to keep and
    /// looks for none.
    static func lookUpVerdicts(
        _ previous: CacheTable<BuildCache.Verdict>, of content: ContentSet, driftInputs: DriftInputs?
    ) -> [KeptVerdict?] {
        guard let driftInputs, !previous.isEmpty else { return [] }
        let pairs = content.pairs
        return ParallelMap.map(Array(pairs.indices)) { index -> KeptVerdict? in
            guard let key = driftInputs.digest(for: pairs[index]), let verdict = previous[key.hex] else { return nil }
            return KeptVerdict(key: key, verdict: verdict, drift: verdict.drift(of: pairs[index], in: content))
        }
    }

    /// The verdicts the previous build found for pairs whose inputs are unchanged (by pair index, from what
    /// `lookUpVerdicts` found; recorded in the new cache as they are, in pair order), and the documents to parse for
    /// drift: every one not summarized, and both sides of every pair compared again. An unchanged article in no such
    /// pair is not parsed for drift.
    func keptVerdicts(
        _ found: [KeptVerdict?], previous: BuildCache, driftInputs: DriftInputs?, cache: BuildCacheWriter
    ) throws -> (kept: [Int: (drift: PairDrift, key: Digest256)], compared: [Bool]) {
        var kept: [Int: (drift: PairDrift, key: Digest256)] = [:]
        // By document index (a flag each, not a set of 100,000 indexes held through the batches).
        var compared = content.documents.map { !$0.isSummarized }
        guard driftInputs != nil else { return (kept, compared) }
        for (index, pair) in content.pairs.enumerated() {
            if index < found.count, let found = found[index] {
                kept[index] = (found.drift, found.key)
                if let record = previous.verdicts.storedRecord(found.key.hex) {
                    try cache.verdict(copying: record)
                } else {
                    try cache.verdict(found.key.hex, found.verdict)
                }
            } else {
                for side in [pair.source, pair.translation].compactMap({ $0 }) { compared[side] = true }
            }
        }
        return (kept, compared)
    }

    /// A previous verdict that still holds for a pair: its key and record, and the pair's drift from it.
    final class KeptVerdict: Sendable {
        let key: Digest256
        let verdict: BuildCache.Verdict
        let drift: PairDrift
        init(key: Digest256, verdict: BuildCache.Verdict, drift: PairDrift) {
            self.key = key
            self.verdict = verdict
            self.drift = drift
        }
    }
}
