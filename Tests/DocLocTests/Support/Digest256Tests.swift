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

    /// Read from 64 hex digits (either case), nothing else; written as lowercase hex.
    @Test func readsAndWritesHex() {
        var hasher = StableHasher()
        hasher.add("a field")
        let hex = hasher.finalize()
        #expect(Digest256(hex: hex) == hasher.finalizeDigest())
        #expect(Digest256(hex: hex.uppercased()) == hasher.finalizeDigest())
        #expect(Digest256(hex: hex)?.hex == hex)
        var appended: [UInt8] = [1]
        hasher.finalizeDigest().appendHex(to: &appended)
        #expect(appended == [1] + Array(hex.utf8))
        for wrong in [String(hex.dropLast()), hex + "0", "g" + hex.dropFirst(), " " + hex.dropFirst(), "", String(repeating: "é", count: 32)] {
            #expect(Digest256(hex: wrong) == nil, "\(wrong)")
        }
    }

    /// Ordered as the bytes are, first byte first.
    @Test func ordersAsItsBytes() {
        var samples: [[UInt8]] = [Array(repeating: 0, count: 32), Array(repeating: 0xFF, count: 32)]
        for index in [0, 7, 8, 15, 16, 31] {
            for value: UInt8 in [1, 0x80] {
                var bytes = [UInt8](repeating: 0x10, count: 32)
                bytes[index] = value
                samples.append(bytes)
            }
        }
        for a in samples {
            for b in samples {
                #expect((Digest256(a) < Digest256(b)) == a.lexicographicallyPrecedes(b))
            }
        }
    }
}
