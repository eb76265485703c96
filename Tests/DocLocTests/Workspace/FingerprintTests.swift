import Testing
@testable import DocLoc

@Suite struct FingerprintTests {
    @Test func fingerprintsAreMicrosoftsOpenLocFileHash() {
        // SHA-1 of "a\r\nb\r\n": bare LFs count as CRLF, CRLFs stay.
        #expect(Fingerprint.of(Array("a\nb\n".utf8)) == "72dd82ee6968b55d1833597e2d6e1638a100c2ea")
        #expect(Fingerprint.of(Array("a\r\nb\n".utf8)) == "72dd82ee6968b55d1833597e2d6e1638a100c2ea")
        #expect(Fingerprint.of([]) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    }
}
