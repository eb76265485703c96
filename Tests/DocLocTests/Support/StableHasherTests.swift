import Testing
@testable import DocLoc

/// Build-cache keys must not change between docloc versions that mean the same thing: the digest is SHA-256 over
/// each field's length (8 bytes, little-endian) and bytes, checked here against a digest computed elsewhere
/// (Python: hashlib.sha256 over struct.pack('<Q', n) + bytes per field).
@Suite struct StableHasherTests {
    @Test func theDigestIsLengthPrefixedFieldsInOrder() {
        var hasher = StableHasher()
        hasher.add("ab")
        hasher.add("c")
        hasher.add(42)
        hasher.add(true)
        hasher.add(bytes: [0, 255, 10])
        #expect(hasher.finalize() == "aa6beeff5617b4c76fc00c115fea66539f4442885220ac8a20786bdae22a7cfe")
    }

    @Test func fieldBoundariesCount() {
        var one = StableHasher()
        one.add("ab")
        one.add("c")
        var other = StableHasher()
        other.add("a")
        other.add("bc")
        #expect(one.finalize() != other.finalize())
    }

    /// Short fields are gathered before they reach SHA-256 and long ones go straight through; neither changes the
    /// digest (Python, as above, over the same fields).
    @Test func gatheringShortFieldsKeepsTheDigest() {
        var hasher = StableHasher()
        hasher.add(String(repeating: "a", count: 10))
        hasher.add(String(repeating: "b", count: 5000))
        hasher.add("c")
        for i in 0..<1000 { hasher.add(i) }
        hasher.add(String(repeating: "d", count: 4080))
        let first = hasher.finalize()
        #expect(first == "cbfee27fc7de43b8bdd5fe181173a9dff1ee1299d7996744e2adc34003717b5d")
        // finalize leaves the hasher as it was.
        #expect(hasher.finalize() == first)
    }
}
