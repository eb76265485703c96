#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where each record of a `CacheTable` stands in the table's bytes, by key — the key read from the record itself
/// (its first field after the tag, still escaped: `CacheLines`), so no string is made per key. Open addressing over a
/// power-of-two array of slots, each a record's start and length packed in 64 bits; at most half of them used.
///
/// A `[String: Range<Int>]` for the same records held a string and a dictionary entry per record: at 50k pairs,
/// 38 MB of keys and indexes for the previous cache's 210,000 records, at the incremental build's peak; this holds
/// 8 bytes a slot (4 MB), and reading the cache makes no string.
struct RecordIndex: Sendable {
    /// 0: empty; `removed`: a record taken out (the probe goes on past it); else `start << 32 | length`.
    private var slots: [UInt64] = []
    private(set) var count = 0
    private static let removed = UInt64.max

    init() {}

    /// The records at `ranges` in `bytes` (a later record of a key stands for it); empty when `bytes` is too large
    /// for a slot's 32-bit start and length (every lookup then misses).
    init(_ ranges: [Range<Int>], in bytes: [UInt8]) {
        guard !ranges.isEmpty, bytes.count < Int(UInt32.max) else { return }
        var capacity = 8
        while capacity < ranges.count * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        bytes.withUnsafeBufferPointer { buffer in
            for range in ranges {
                let key = Self.key(at: range, in: buffer)
                let packed = UInt64(range.lowerBound) << 32 | UInt64(range.count)
                switch find(key, in: buffer) {
                case .found(let slot): slots[slot] = packed
                case .free(let slot):
                    slots[slot] = packed
                    count += 1
                }
            }
        }
    }

    /// Where the record of `key` stands, if the table has one.
    func range(of key: String, in bytes: [UInt8]) -> Range<Int>? {
        guard count > 0 else { return nil }
        return CacheLines.withEscaped(key) { key in
            bytes.withUnsafeBufferPointer { buffer in
                guard case .found(let slot) = find(key, in: buffer) else { return nil }
                return Self.range(slots[slot])
            }
        }
    }

    /// Takes the record of `key` out, if the table has one.
    mutating func remove(_ key: String, in bytes: [UInt8]) {
        guard count > 0 else { return }
        let slot = CacheLines.withEscaped(key) { key in
            bytes.withUnsafeBufferPointer { buffer -> Int? in
                guard case .found(let slot) = find(key, in: buffer) else { return nil }
                return slot
            }
        }
        guard let slot else { return }
        slots[slot] = Self.removed
        count -= 1
    }

    /// Every key, unescaped, in no particular order.
    func keys(in bytes: [UInt8]) -> [String] {
        slots.compactMap { slot in
            guard slot != 0, slot != Self.removed else { return nil }
            return Self.keyText(ofRecord: bytes, at: Self.range(slot))
        }
    }

    private enum Probe {
        case found(Int)
        /// Where the key would go: the first removed slot on its way, else the empty one that ended it.
        case free(Int)
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key) >> 1) & mask
        var firstRemoved: Int?
        while true {
            let packed = slots[slot]
            if packed == 0 { return .free(firstRemoved ?? slot) }
            if packed == Self.removed {
                if firstRemoved == nil { firstRemoved = slot }
            } else {
                if Self.same(Self.key(at: Self.range(packed), in: bytes), key) { return .found(slot) }
            }
            slot = (slot + 1) & mask
        }
    }

    private static func range(_ packed: UInt64) -> Range<Int> {
        let start = Int(packed >> 32)
        return start..<(start + Int(packed & 0xFFFF_FFFF))
    }

    /// A record's first field after its tag, up to the next tab or line feed (empty when it has none).
    private static func key(at range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        key(ofRecord: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// Whether two keys (escaped, as records hold them) are the same bytes.
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// The key of the record at `range` of `bytes`, unescaped.
    static func keyText(ofRecord bytes: [UInt8], at range: Range<Int>) -> String {
        let field = bytes.withUnsafeBufferPointer { buffer -> Range<Int> in
            let key = key(at: range, in: buffer)
            let start = key.baseAddress.map { $0 - buffer.baseAddress! } ?? range.lowerBound
            return start..<(start + key.count)
        }
        return CacheLines.text(bytes[field])
    }

    /// A record's first field after its tag, up to the next tab or line feed (empty when it has none).
    static func key(ofRecord record: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = record.baseAddress, let tab = memchr(base, 0x09, record.count) else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        let start = UnsafePointer(tab.assumingMemoryBound(to: UInt8.self)) + 1
        let rest = UnsafeBufferPointer(start: start, count: record.count - (start - base))
        let end = rest.firstIndex { $0 == 0x09 || $0 == 0x0A } ?? rest.count
        return UnsafeBufferPointer(start: start, count: end)
    }

    /// FNV-1a, its bits mixed (a multiply) so that the low ones depend on every byte (`PackedPathMap`'s too).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return (hash ^ (hash >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }
}
