/// The drift verdicts an incremental build keeps: looked up on every core while the site is planned, then recorded in
/// the new cache in pair order (`SiteBuilder.writeArticles`).
extension SiteBuilder {
    /// For each pair (by index) whose key (`driftInputs`) has a verdict in `previous`: the pair's drift from that
    /// verdict (decoded), boxed with the key — the box the pair's pages and the dashboard then share, not a copy made
    /// of it (at 50k pairs, a second box, findings and messages per kept verdict were 20 MB of an incremental build's
    /// peak). Keys and verdicts on every core (a SHA-256 and a record decoded per pair); a full build has no verdicts
    /// to keep and looks for none.
    static func lookUpVerdicts(
        _ previous: CacheTable<BuildCache.Verdict>, of content: ContentSet, driftInputs: DriftInputs?
    ) -> [DriftBox?] {
        guard let driftInputs, !previous.isEmpty else { return [] }
        let pairs = content.pairs
        return ParallelMap.map(Array(pairs.indices)) { index -> DriftBox? in
            guard let key = driftInputs.digest(for: pairs[index]), let verdict = previous[key.hex] else { return nil }
            return DriftBox(verdict.drift(of: pairs[index], in: content), key: key)
        }
    }

    /// The verdicts the previous build found for pairs whose inputs are unchanged (by pair index, one slot per pair:
    /// `found` itself, not a dictionary of copies beside it — 50k entries of a 50k-pair incremental build's peak;
    /// recorded in the new cache as they are, in pair order), how many, and the documents to parse for drift: every
    /// one not summarized, and both sides of every pair compared again. An unchanged article in no such pair is not
    /// parsed for drift. Every box kept has its key (a box without one is not kept: its pair is compared again).
    func keptVerdicts(
        _ found: consuming [DriftBox?], previous: BuildCache, driftInputs: DriftInputs?, cache: BuildCacheWriter
    ) throws -> (kept: [DriftBox?], count: Int, compared: [Bool]) {
        // By document index (a flag each, not a set of 100,000 indexes held through the batches).
        var compared = content.documents.map { !$0.isSummarized }
        let pairs = content.pairs
        guard driftInputs != nil else { return ([DriftBox?](repeating: nil, count: pairs.count), 0, compared) }
        var kept = found
        if kept.count != pairs.count { kept = [DriftBox?](repeating: nil, count: pairs.count) }
        var count = 0
        for (index, pair) in pairs.enumerated() {
            if let found = kept[index], let key = found.key {
                count += 1
                if let record = previous.verdicts.storedRecord(key.hex) {
                    try cache.verdict(copying: record)
                } else {
                    try cache.verdict(key.hex, BuildCache.Verdict(found.value))
                }
            } else {
                kept[index] = nil
                for side in [pair.source, pair.translation].compactMap({ $0 }) { compared[side] = true }
            }
        }
        return (kept, count, compared)
    }
}
