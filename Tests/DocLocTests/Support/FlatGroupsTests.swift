import Testing
@testable import DocLoc

@Suite struct FlatGroupsTests {
    @Test func groupsItemsInItemOrderLikeADictionaryOfArrays() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let count = Int.random(in: 0...12, using: &generator)
            let groups = (0..<Int.random(in: 0...60, using: &generator)).map { _ in Int.random(in: -2...(count + 1), using: &generator) }
            var expected: [Int: [Int]] = [:]
            for (item, group) in groups.enumerated() where (0..<count).contains(group) { expected[group, default: []].append(item) }
            let flat = FlatGroups(count: count, groups: groups)
            for group in -1...(count + 1) {
                #expect(Array(flat.items(of: group)) == (expected[group] ?? []), "groups \(groups), group \(group)")
            }
        }
    }

    @Test func anEmptyIndexHasNoItems() {
        let flat = FlatGroups(count: 0, groups: [Int]())
        #expect(flat.items(of: 0).isEmpty)
        #expect(flat.items(of: -1).isEmpty)
    }
}
