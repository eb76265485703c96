import Testing
@testable import DocLoc

@Suite struct Digest256Tests {
    @Test func holdsTheDigestsBytes() {
        var hasher = StableHasher()
        hasher.add("a field")
        let digest = hasher.finalizeDigest()
        #expect(digest.bytes == hasher.finalizeBytes())
        #expect(digest.hex == hasher.finalize())
        #expect(Digest256(digest.bytes) == digest)
        #expect(Digest256(Array(0..<32)).bytes == Array(0..<32))
    }

    @Test func everyByteCounts() {
        let base = Digest256(Array(repeating: UInt8(0), count: 32))
        for index in 0..<32 {
            var bytes = [UInt8](repeating: 0, count: 32)
            bytes[index] = 1
            #expect(Digest256(bytes) != base, "byte \(index)")
            #expect(Digest256(bytes).bytes == bytes)
        }
    }
}
