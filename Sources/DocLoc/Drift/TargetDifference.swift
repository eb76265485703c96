/// The difference between the targets (links, images) of a source section and its translation, compared after
/// `TargetNormalizer`, as distinct targets in document order; one lost and one new target in a section are one
/// change.
struct TargetDifference: Sendable {
    struct Target: Hashable, Sendable {
        /// As written in the article.
        var target: String
        var line: Int
    }

    struct Change: Hashable, Sendable {
        var source: Target?
        var translation: Target?
    }

    var changes: [Change]

    /// The differences of every aligned section (source targets, translated targets), without targets that
    /// only moved: lost from one section and new in another.
    static func perSection(
        _ sections: [([(String, Int)], [(String, Int)])], normalize: (String) -> String = TargetNormalizer.normalize
    ) -> [TargetDifference] {
        var lost: [[(key: String, target: Target)]] = []
        var new: [[(key: String, target: Target)]] = []
        for (source, translation) in sections {
            // Each target normalized once: its key is looked up in the other side's keys and in those seen.
            let sourceKeyed = source.map { (key: normalize($0.0), target: $0.0, line: $0.1) }
            let translationKeyed = translation.map { (key: normalize($0.0), target: $0.0, line: $0.1) }
            let sourceKeys = Set(sourceKeyed.map(\.key))
            let translationKeys = Set(translationKeyed.map(\.key))
            var seen = Set<String>()
            lost.append(sourceKeyed.compactMap { item in
                !translationKeys.contains(item.key) && seen.insert(item.key).inserted
                    ? (item.key, Target(target: item.target, line: item.line)) : nil
            })
            seen = []
            new.append(translationKeyed.compactMap { item in
                !sourceKeys.contains(item.key) && seen.insert(item.key).inserted
                    ? (item.key, Target(target: item.target, line: item.line)) : nil
            })
        }
        for k in lost.indices {
            lost[k].removeAll { item in
                for j in new.indices where j != k {
                    if let i = new[j].firstIndex(where: { $0.key == item.key }) {
                        new[j].remove(at: i)
                        return true
                    }
                }
                return false
            }
        }
        return zip(lost, new).map { l, n in
            if l.count == 1, n.count == 1 {
                return TargetDifference(changes: [Change(source: l[0].target, translation: n[0].target)])
            }
            return TargetDifference(changes: l.map { Change(source: $0.target, translation: nil) } + n.map { Change(source: nil, translation: $0.target) })
        }
    }
}
