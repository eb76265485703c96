#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Paths with a number each (a recycled spare's files and their inode numbers: `OutputFolder.recycled`; the previous
/// manifest's paths while a spare is recycled: `OutputFolder.manifest(in:)`), held in
/// one array of bytes with an open-addressing index over them — not a `[String: UInt64]`, which at 50k pairs held
/// 111,000 strings and their dictionary (16 MB) through the whole incremental build; this holds ~8 MB.
struct PackedPathMap: Sendable {
    /// Every path's UTF-8 bytes, one after another; path `i` runs from `ends[i - 1]` (0 for the first) to `ends[i]`.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var values: [UInt64] = []
    /// Entry number + 1 per slot (0: empty), a power of two long and at most half full.
    private var slots: [Int32] = []

    init() {}

    var count: Int { values.count }
    var isEmpty: Bool { values.isEmpty }

    /// The number of `path`, if it is in the map.
    subscript(path: String) -> UInt64? {
        guard !slots.isEmpty else { return nil }
        var path = path
        return path.withUTF8 { key in
            guard case .found(let entry) = find(key) else { return nil }
            return values[entry]
        }
    }

    /// Whether `path` is in the map.
    func contains(_ path: String) -> Bool { self[path] != nil }

    /// Adds `path` with `value`, or gives a path already in the map that value.
    mutating func set(_ path: String, _ value: UInt64) {
        var path = path
        path.withUTF8 { set(utf8: $0, value) }
    }

    /// Adds the path whose UTF-8 bytes are `key` with `value` (as `set(_:_:)`), without a `String` made of them.
    mutating func set(utf8 key: UnsafeBufferPointer<UInt8>, _ value: UInt64) {
        if slots.isEmpty || (count + 1) * 2 > slots.count { grow() }
        switch find(key) {
        case .found(let entry): values[entry] = value
        case .free(let slot):
            bytes.append(contentsOf: key)
            ends.append(bytes.count)
            values.append(value)
            slots[slot] = Int32(truncatingIfNeeded: values.count)
        }
    }

    /// Every path and its number, in the order they were added.
    func forEach(_ body: (String, UInt64) throws -> Void) rethrows {
        for entry in values.indices { try body(path(entry), values[entry]) }
    }

    /// The first path, in the order they were added, whose number passes `test`.
    func first(where test: (UInt64) -> Bool) -> (path: String, value: UInt64)? {
        values.firstIndex(where: test).map { (path($0), values[$0]) }
    }

    var paths: [String] { values.indices.map(path) }

    private func path(_ entry: Int) -> String {
        String(decoding: bytes[range(entry)], as: UTF8.self)
    }

    private func range(_ entry: Int) -> Range<Int> {
        (entry == 0 ? 0 : ends[entry - 1])..<ends[entry]
    }

    private enum Probe {
        case found(Int)
        case free(Int)
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>) -> Probe {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: RecordIndex.hash(key) >> 1) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return .free(slot) }
            let range = range(stored - 1)
            if range.count == key.count,
                key.isEmpty || bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + range.lowerBound, key.baseAddress!, key.count) == 0 })
            {
                return .found(stored - 1)
            }
            slot = (slot + 1) & mask
        }
    }

    /// Twice the slots (at least 16), every entry placed again.
    private mutating func grow() {
        var capacity = max(16, slots.count * 2)
        while capacity < (count + 1) * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        let mask = capacity - 1
        bytes.withUnsafeBufferPointer { buffer in
            for entry in values.indices {
                let range = range(entry)
                var slot = Int(truncatingIfNeeded: RecordIndex.hash(UnsafeBufferPointer(rebasing: buffer[range])) >> 1) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(truncatingIfNeeded: entry + 1)
            }
        }
    }
}
