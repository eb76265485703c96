/// Aligns translated sections to source sections: first by the English-slug anchor each translated heading
/// carries (`## <a name="turning-user-consent-on-or-off"></a>…`), then, between two anchored matches, by
/// position among sections of the same level (a longest common subsequence of heading levels).
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
                Self.areSimilar(source[gapS[s]], translation[gapT[t]])
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

    /// Two sections can be twins when their headings have one level and their block skeletons share at least
    /// half their elements (so a rewritten section is not taken for a renamed one); title headings always can.
    static func areSimilar(_ a: Section, _ b: Section) -> Bool {
        guard a.level == b.level else { return false }
        if a.level == 1 { return true }  // the article's title heading
        let x = BlockSkeleton(a.blocks).elements, y = BlockSkeleton(b.blocks).elements
        if x.isEmpty || y.isEmpty { return x.isEmpty == y.isEmpty || a.level > 0 }
        let common = SequenceDiff.diff(x, y).count { if case .equal = $0 { true } else { false } }
        return 2 * common >= max(x.count, y.count)
    }

    /// Longest common subsequence of two index ranges under a compatibility test: pairs (a, b), in order.
    static func pairInOrder(_ a: Int, _ b: Int, compatible: (Int, Int) -> Bool) -> [(Int, Int)] {
        guard a > 0, b > 0 else { return [] }
        var ok = Array(repeating: Array(repeating: false, count: b), count: a)
        for i in 0..<a { for j in 0..<b { ok[i][j] = compatible(i, j) } }
        var table = Array(repeating: Array(repeating: 0, count: b + 1), count: a + 1)
        for i in stride(from: a - 1, through: 0, by: -1) {
            for j in stride(from: b - 1, through: 0, by: -1) {
                table[i][j] = max(ok[i][j] ? table[i + 1][j + 1] + 1 : 0, table[i + 1][j], table[i][j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < a, j < b {
            if ok[i][j], table[i][j] == table[i + 1][j + 1] + 1 {
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
