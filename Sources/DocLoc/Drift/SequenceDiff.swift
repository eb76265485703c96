/// Myers' O((N+M)·D) difference of two sequences: the shortest edit script as a list of operations.
/// Used for block skeletons and for the unified diff of a source's versions.
enum SequenceDiff {
    enum Operation: Hashable, Sendable {
        /// Element `a` of the old sequence equals element `b` of the new one.
        case equal(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    static func diff<T: Equatable>(_ a: [T], _ b: [T]) -> [Operation] {
        let n = a.count, m = b.count
        let max = n + m
        if max == 0 { return [] }
        var v = [Int](repeating: 0, count: 2 * max + 2)
        var trace: [[Int]] = []
        let offset = max + 1
        outer: for d in 0...max {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m { break outer }
            }
        }
        // Walk the trace backwards from (n, m).
        var ops: [Operation] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                ops.append(.equal(x, y))
            }
            if d > 0 {
                if x == previousX { ops.append(.insert(previousY)) } else { ops.append(.delete(previousX)) }
            }
            x = previousX
            y = previousY
        }
        return ops.reversed()
    }
}
