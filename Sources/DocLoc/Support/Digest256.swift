/// A SHA-256 digest held inline in four words: no allocation, and `Sendable` (swift-crypto's `SHA256.Digest` is not
/// marked so). A build keeps one per verdict (`DriftBox.key`) and one per streamed row of a page (`RowIndex`).
/// Ordered as its bytes are (the words are big-endian).
public struct Digest256: Hashable, Comparable, Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The first 32 bytes of `bytes` (missing ones as zeros).
    init<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for (index, byte) in bytes.prefix(32).enumerated() {
            let bits = UInt64(byte) << (UInt64(7 - index % 8) * 8)
            switch index / 8 {
            case 0: words.0 |= bits
            case 1: words.1 |= bits
            case 2: words.2 |= bits
            default: words.3 |= bits
            }
        }
        self.words = words
    }

    /// The 32 bytes, in order.
    var bytes: [UInt8] {
        // Each word big-endian, laid out in order (a homogeneous tuple is contiguous).
        var ordered = (words.0.bigEndian, words.1.bigEndian, words.2.bigEndian, words.3.bigEndian)
        return withUnsafeBytes(of: &ordered) { Array($0) }
    }

    /// The digest of 64 hex digits (either case); nil for anything else.
    public init?(hex text: String) {
        var text = text
        guard let digest = text.withUTF8({ Self(hexDigits: UnsafeRawBufferPointer($0)) }) else { return nil }
        self = digest
    }

    /// The digest spelled by `digits`, exactly 64 hex digits (either case); nil for anything else. The cache's row
    /// indexes are read so, without a string per row.
    init?(hexDigits digits: UnsafeRawBufferPointer) {
        guard digits.count == 64 else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in 0..<4 {
            var value: UInt64 = 0
            for position in (word * 16)..<(word * 16 + 16) {
                guard let nibble = digits[position].hexDigitValue else { return nil }
                value = value << 4 | UInt64(nibble)
            }
            switch word {
            case 0: words.0 = value
            case 1: words.1 = value
            case 2: words.2 = value
            default: words.3 = value
            }
        }
        self.words = words
    }

    /// The digest in lowercase hex, as `StableHasher.finalize` spells it.
    public var hex: String {
        String(unsafeUninitializedCapacity: 64) { buffer in
            writeHex(into: UnsafeMutableRawBufferPointer(buffer))
            return 64
        }
    }

    /// Appends the 64 lowercase hex digits to `bytes`.
    func appendHex(to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: 64))
        bytes.withUnsafeMutableBytes { writeHex(into: UnsafeMutableRawBufferPointer(rebasing: $0[start...])) }
    }

    private func writeHex(into buffer: UnsafeMutableRawBufferPointer) {
        let digits: StaticString = "0123456789abcdef"
        for word in 0..<4 {
            let value = word == 0 ? words.0 : word == 1 ? words.1 : word == 2 ? words.2 : words.3
            for nibble in 0..<16 {
                let digit = Int((value >> UInt64(4 * (15 - nibble))) & 0xF)
                buffer[word * 16 + nibble] = digits.utf8Start[digit]
            }
        }
    }

    public static func < (a: Digest256, b: Digest256) -> Bool {
        (a.words.0, a.words.1, a.words.2, a.words.3) < (b.words.0, b.words.1, b.words.2, b.words.3)
    }

    public static func == (a: Digest256, b: Digest256) -> Bool {
        a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2 && a.words.3 == b.words.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
