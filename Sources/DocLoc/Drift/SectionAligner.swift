/// Aligns translated sections to source sections: first by the English-slug anchor each translated heading
/// carries (`## <a name="turning-user-consent-on-or-off"></a>…`), then, between two anchored matches, by
/// position among sections of the same level, preferring sections whose block skeletons are alike (a weighted
/// longest common subsequence).
struct SectionAligner: Sendable {
    func align(source: [Section], translation: [Section]) -> SectionAlignment {
        var sourceByKey: [String: [Int]] = [:]
        for (i, section) in source.enumerated() where section.level > 0 {
            for key in Set([section.slug, section.explicitAnchor, Self.base(section.slug)].compactMap { $0 }) {
                sourceByKey[key, default: []].append(i)
            }
        }
        var usedSource = Set<Int>()
        var matched: [Int: SectionAlignment.Match] = [:]  // by translation index
        if let s = source.firstIndex(where: { $0.level == 0 }), let t = translation.firstIndex(where: { $0.level == 0 }) {
            matched[t] = .init(source: s, translation: t)
            usedSource.insert(s)
        }
        for (t, section) in translation.enumerated() where section.level > 0 {
            let keys = [section.explicitAnchor, section.slug].compactMap { $0 }
            for key in keys {
                if let s = sourceByKey[key]?.first(where: { !usedSource.contains($0) }) {
                    matched[t] = .init(source: s, translation: t)
                    usedSource.insert(s)
                    break
                }
            }
        }
        // Between anchored matches, pair what is left by position and heading level.
        let anchors = matched.values.sorted { $0.translation < $1.translation }
        var boundaries = [(-1, -1)] + anchors.map { ($0.source, $0.translation) } + [(source.count, translation.count)]
        boundaries.sort { $0.1 < $1.1 }
        var lowSource = -1
        for k in 1..<boundaries.count {
            let (hiS, hiT) = boundaries[k]
            let loT = boundaries[k - 1].1
            let gapT = ((loT + 1)..<max(loT + 1, hiT)).filter { matched[$0] == nil && translation[$0].level > 0 }
            let gapS = ((lowSource + 1)..<max(lowSource + 1, hiS)).filter { !usedSource.contains($0) && source[$0].level > 0 }
            let pairs = Self.pairInOrder(gapS.count, gapT.count) { s, t in
                Self.affinity(source[gapS[s]], translation[gapT[t]])
            }
            for (s, t) in pairs {
                let anchor = translation[gapT[t]].explicitAnchor
                matched[gapT[t]] = .init(source: gapS[s], translation: gapT[t], renamedFrom: anchor)
                usedSource.insert(gapS[s])
            }
            lowSource = max(lowSource, hiS)
        }
        let matches = matched.values.sorted { $0.translation < $1.translation }
        return SectionAlignment(
            matches: matches,
            unmatchedSource: source.indices.filter { !usedSource.contains($0) && Self.hasContent(source[$0]) },
            unmatchedTranslation: translation.indices.filter { matched[$0] == nil && Self.hasContent(translation[$0]) })
    }

    /// `more-info-1` → `more-info`: DocFX numbers repeated slugs, translations may carry the plain one.
    static func base(_ slug: String) -> String? {
        guard let dash = slug.lastIndex(of: "-"), slug[slug.index(after: dash)...].allSatisfy(\.isNumber),
            slug.index(after: dash) < slug.endIndex
        else { return nil }
        return String(slug[..<dash])
    }

    /// A section counts when it has a heading or a block a reader sees.
    static func hasContent(_ section: Section) -> Bool {
        section.level > 0 || section.blocks.contains { !$0.plainText.allSatisfy(\.isWhitespace) }
    }

    /// How well two sections match as twins: nil when their heading levels differ, else 1 plus the share of
    /// block-skeleton elements they have in common (so, among candidates, the alike section wins).
    static func affinity(_ a: Section, _ b: Section) -> Double? {
        guard a.level == b.level else { return nil }
        let x = BlockSkeleton(a.blocks).elements, y = BlockSkeleton(b.blocks).elements
        guard !x.isEmpty, !y.isEmpty else { return x.isEmpty && y.isEmpty ? 2 : 1 }
        let common = SequenceDiff.diff(x, y).count { if case .equal = $0 { true } else { false } }
        return 1 + Double(common) / Double(max(x.count, y.count))
    }

    /// The best order-keeping pairing of two index ranges (a weighted longest common subsequence): pairs
    /// (a, b) in order, maximizing the sum of `score` over pairs that have one.
    static func pairInOrder(_ a: Int, _ b: Int, score: (Int, Int) -> Double?) -> [(Int, Int)] {
        guard a > 0, b > 0 else { return [] }
        var scores = Array(repeating: [Double?](repeating: nil, count: b), count: a)
        for i in 0..<a { for j in 0..<b { scores[i][j] = score(i, j) } }
        var table = Array(repeating: Array(repeating: 0.0, count: b + 1), count: a + 1)
        for i in stride(from: a - 1, through: 0, by: -1) {
            for j in stride(from: b - 1, through: 0, by: -1) {
                let take = scores[i][j].map { $0 + table[i + 1][j + 1] } ?? 0
                table[i][j] = max(take, table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < a, j < b {
            if let s = scores[i][j], table[i][j] == s + table[i + 1][j + 1] {
                pairs.append((i, j))
                i += 1
                j += 1
            } else if table[i + 1][j] >= table[i][j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        return pairs
    }
}
