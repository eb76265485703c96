/// Numbers that look random and are the same on every run (a linear congruential generator): the inputs of tests
/// that compare a fast path with its reference on many made-up texts.
struct SeededNumbers {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    /// `count` pieces of `pieces` joined, `count` itself below `longest`.
    mutating func text(of pieces: [String], shorterThan longest: Int) -> String {
        (0..<next(longest)).map { _ in pieces[next(pieces.count)] }.joined()
    }
}
