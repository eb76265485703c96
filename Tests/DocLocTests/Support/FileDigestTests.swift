import Foundation
import Testing
@testable import DocLoc

/// `FileDigest`: the SHA-256 of a file read a chunk at a time is the digest of its bytes in memory.
@Suite struct FileDigestTests {
    @Test(arguments: [1, 7, FileDigest.chunkSize]) func aFileHashesAsItsBytesDo(chunkSize: Int) throws {
        let folder = try ScenarioContent([:], config: nil)
        for count in [0, 1, 4096, 2_500_000] {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            guard chunkSize > 1 || count <= 4096 else { continue }
            try folder.write("file", bytes: bytes)
            #expect(FileDigest.sha256(ofFile: folder.url("file").path, chunkSize: chunkSize) == StableHasher.digest(bytes), "\(count) bytes")
        }
    }

    @Test func aMissingFileOrAFolderHasNone() throws {
        let folder = try ScenarioContent(["a": "x"], config: nil)
        #expect(FileDigest.sha256(ofFile: folder.url("missing").path) == nil)
        #expect(FileDigest.sha256(ofFile: folder.root.path) == nil)
        #expect(FileDigest.sha256(ofFile: folder.url("a").path) == StableHasher.digest(Array("x".utf8)))
    }
}
