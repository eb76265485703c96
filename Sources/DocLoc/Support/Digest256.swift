/// A SHA-256 digest held inline in four words: no allocation, and `Sendable` (swift-crypto's `SHA256.Digest` is not
/// marked so). A build keeps one per verdict (`DriftBox.key`).
struct Digest256: Hashable, Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The first 32 bytes of `bytes` (missing ones as zeros).
    init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var words: [UInt64] = [0, 0, 0, 0]
        for (index, byte) in bytes.prefix(32).enumerated() {
            words[index / 8] |= UInt64(byte) << (UInt64(7 - index % 8) * 8)
        }
        self.words = (words[0], words[1], words[2], words[3])
    }

    /// The 32 bytes, in order.
    var bytes: [UInt8] {
        // Each word big-endian, laid out in order (a homogeneous tuple is contiguous).
        var ordered = (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
        return withUnsafeBytes(of: &ordered) { Array($0) }
    }

    /// The digest in lowercase hex, as `StableHasher.finalize` spells it.
    var hex: String { StableHasher.hex(bytes) }

    static func == (a: Digest256, b: Digest256) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
