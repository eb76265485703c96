extension RandomAccessCollection {
    /// The first index whose element `belongsAfter` says true of, in a collection where every such element stands
    /// after every other (a sorted list searched by halving: `belongsAfter` is "not less than the key").
    func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Index {
        var (low, count) = (startIndex, self.count)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongsAfter(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
