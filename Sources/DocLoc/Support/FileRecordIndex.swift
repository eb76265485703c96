/// Where each record of a `CacheTable` left in its file stands there, by a 64-bit hash of its key (its first field
/// after the tag, still escaped: `CacheLines`): 16 bytes a record, none of the record's own bytes in memory. A lookup
/// gives the place; the table reads the record there and checks that it holds the key (`CacheTable`), so two keys of
/// one hash — or a file changed since — make a miss, never a wrong record.
///
/// At 50k pairs the previous cache's 100,000 page records are 24 MB; held in memory for the length of the article
/// pages, they were the largest thing at an incremental build's peak. Open addressing over a power-of-two array of
/// slots, at most half of them used; a slot is the hash and `start << 24 | length` (0: empty, `removed`: taken out).
struct FileRecordIndex: Sendable {
    private var slots: [UInt64] = []
    private(set) var count = 0
    private static let removed = UInt64.max
    /// A record longer than this is not indexed (a lookup of it misses): a page's record is a few hundred bytes.
    static let longestRecord = (1 << 24) - 1

    init() {}

    /// Room for `records` records.
    init(capacity records: Int) {
        var capacity = 8
        while capacity < records * 2 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity * 2)
    }

    /// Notes the record of `key` at `range` of the file (a later record of a key stands for it).
    mutating func insert(key: UnsafeBufferPointer<UInt8>, at range: Range<Int>) {
        guard range.count > 0, range.count <= Self.longestRecord, range.lowerBound >= 0, range.lowerBound < 1 << 40 else { return }
        if count * 2 >= slots.count / 2 { grow() }
        let hash = RecordIndex.hash(key)
        let place = UInt64(range.lowerBound) << 24 | UInt64(range.count)
        switch find(hash) {
        case .found(let slot): slots[2 * slot + 1] = place
        case .free(let slot):
            slots[2 * slot] = hash
            slots[2 * slot + 1] = place
            count += 1
        }
    }

    /// Where the record of `key` stands in the file, if one was noted.
    func range(of key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard count > 0, case .found(let slot) = find(RecordIndex.hash(key)) else { return nil }
        return Self.range(slots[2 * slot + 1])
    }

    /// Takes the record of `key` out, if one was noted.
    mutating func remove(_ key: UnsafeBufferPointer<UInt8>) {
        guard count > 0, case .found(let slot) = find(RecordIndex.hash(key)) else { return }
        slots[2 * slot + 1] = Self.removed
        count -= 1
    }

    /// Every noted record's place, in no particular order.
    var ranges: [Range<Int>] {
        stride(from: 1, to: slots.count, by: 2).compactMap { index in
            let place = slots[index]
            return place == 0 || place == Self.removed ? nil : Self.range(place)
        }
    }

    private enum Probe {
        case found(Int)
        /// Where the hash would go: the first removed slot on its way, else the empty one that ended it.
        case free(Int)
    }

    private func find(_ hash: UInt64) -> Probe {
        let mask = slots.count / 2 - 1
        var slot = Int(truncatingIfNeeded: hash >> 1) & mask
        var firstRemoved: Int?
        while true {
            let place = slots[2 * slot + 1]
            if place == 0 { return .free(firstRemoved ?? slot) }
            if place == Self.removed {
                if firstRemoved == nil { firstRemoved = slot }
            } else if slots[2 * slot] == hash {
                return .found(slot)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: max(16, old.count * 2))
        count = 0
        for slot in stride(from: 0, to: old.count, by: 2) where old[slot + 1] != 0 && old[slot + 1] != Self.removed {
            guard case .free(let free) = find(old[slot]) else { continue }
            slots[2 * free] = old[slot]
            slots[2 * free + 1] = old[slot + 1]
            count += 1
        }
    }

    private static func range(_ place: UInt64) -> Range<Int> {
        let start = Int(place >> 24)
        return start..<(start + Int(place & 0xFF_FFFF))
    }
}
