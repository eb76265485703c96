/// Item indexes grouped by group number, each group's in item order: one array of indexes and one offset per
/// group, where a dictionary of arrays would make an array per group (a large content set has tens of
/// thousands of groups).
struct FlatGroups: Sendable {
    private var starts: [Int]
    private var indexes: [Int]

    /// `groups[i]` is item i's group, in `0..<count` (anything else: in no group).
    init(count: Int, groups: some Sequence<Int>) {
        starts = [Int](repeating: 0, count: count + 1)
        for group in groups where (0..<count).contains(group) { starts[group + 1] += 1 }
        for group in 0..<count { starts[group + 1] += starts[group] }
        indexes = [Int](repeating: 0, count: starts[count])
        var next = starts
        for (item, group) in groups.enumerated() where (0..<count).contains(group) {
            indexes[next[group]] = item
            next[group] += 1
        }
    }

    /// The items of `group`, ascending; none for a group out of range.
    func items(of group: Int) -> ArraySlice<Int> {
        guard group >= 0, group + 1 < starts.count else { return [] }
        return indexes[starts[group]..<starts[group + 1]]
    }
}
