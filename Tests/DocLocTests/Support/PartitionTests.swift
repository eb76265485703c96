import Testing
@testable import DocLoc

@Suite struct PartitionTests {
    /// The first index not less than a key, as a walk from the start finds it, for every key around a sorted list
    /// with repeats, an empty list, and a slice (indexes of the slice's base).
    @Test func findsTheFirstIndexNotLessThanTheKey() {
        let sorted = [1, 3, 3, 3, 7, 9, 9]
        for key in 0...10 {
            #expect(sorted.partitioningIndex { $0 >= key } == (sorted.firstIndex { $0 >= key } ?? sorted.endIndex))
        }
        #expect([Int]().partitioningIndex { $0 >= 1 } == 0)
        let slice = sorted[2...5]
        #expect(slice.partitioningIndex { $0 >= 7 } == 4)
        #expect(slice.partitioningIndex { $0 >= 100 } == slice.endIndex)
        #expect(["a.md", "b.md", "é.md"].partitioningIndex { $0 >= "b.md" } == 1)
    }
}
