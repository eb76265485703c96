import Crypto

/// SHA-256 over a sequence of fields, each length-prefixed so that `("ab", "c")` and `("a", "bc")` differ.
/// Used for build-cache keys: the same fields give the same hex digest on every run and machine.
public struct StableHasher {
    private var hasher = SHA256()
    /// Short fields gathered before they go to SHA-256 together: a call into it costs more than hashing a
    /// few dozen bytes, and template values are mostly short strings. The digest is the same either way.
    private var pending: [UInt8] = []
    private static let pendingLimit = 4096

    public init() {}

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(raw: UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ number: Int) {
        add(String(number))
    }

    public mutating func add(_ flag: Bool) {
        add(flag ? "1" : "0")
    }

    public mutating func add(bytes: [UInt8]) {
        bytes.withUnsafeBytes { add(raw: $0) }
    }

    /// The length, then the bytes: straight from memory (`update(data:)` goes through a generic copy).
    private mutating func add(raw bytes: UnsafeRawBufferPointer) {
        var count = UInt64(bytes.count).littleEndian
        withUnsafeBytes(of: &count) { pending.append(contentsOf: $0) }
        if pending.count + bytes.count <= Self.pendingLimit {
            pending.append(contentsOf: bytes)
        } else {
            flush()
            hasher.update(bufferPointer: bytes)
        }
    }

    private mutating func flush() {
        guard !pending.isEmpty else { return }
        pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        pending.removeAll(keepingCapacity: true)
    }

    /// The digest in lowercase hex.
    public func finalize() -> String {
        var last = self
        last.flush()
        return Self.hex(last.hasher.finalize())
    }

    /// The digest's 32 bytes.
    public func finalizeBytes() -> [UInt8] {
        var last = self
        last.flush()
        return Array(last.hasher.finalize())
    }

    /// The digest, its 32 bytes held inline (kept per verdict for a whole build).
    func finalizeDigest() -> Digest256 {
        var last = self
        last.flush()
        return Digest256(last.hasher.finalize())
    }

    /// The SHA-256 of `bytes` in lowercase hex.
    public static func digest(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes(digest)
    }

    /// The SHA-256 of bytes in memory, in lowercase hex.
    static func digest(_ bytes: UnsafeRawBufferPointer) -> String {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        return hex(hasher.finalize())
    }

    /// Bytes in lowercase hex.
    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
