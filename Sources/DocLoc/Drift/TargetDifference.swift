/// The difference between the targets (links, images) of a source section and its translation, compared after
/// `TargetNormalizer`, as distinct targets in document order: one lost and one new target paired up as a change.
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

    init(source: [(String, Int)], translation: [(String, Int)], normalize: (String) -> String = TargetNormalizer.normalize) {
        let sourceKeys = Set(source.map { normalize($0.0) })
        let translationKeys = Set(translation.map { normalize($0.0) })
        var seen = Set<String>()
        let lost = source.filter { !translationKeys.contains(normalize($0.0)) && seen.insert(normalize($0.0)).inserted }
        seen = []
        let new = translation.filter { !sourceKeys.contains(normalize($0.0)) && seen.insert(normalize($0.0)).inserted }
        // One lost and one new target is a change; more are listed one by one.
        if !(lost.count == 1 && new.count == 1) {
            changes = lost.map { Change(source: Target(target: $0.0, line: $0.1), translation: nil) }
                + new.map { Change(source: nil, translation: Target(target: $0.0, line: $0.1)) }
            return
        }
        changes = (0..<max(lost.count, new.count)).map { i in
            Change(
                source: i < lost.count ? Target(target: lost[i].0, line: lost[i].1) : nil,
                translation: i < new.count ? Target(target: new[i].0, line: new[i].1) : nil)
        }
    }
}
