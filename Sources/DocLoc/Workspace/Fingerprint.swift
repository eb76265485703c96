import Crypto

/// Microsoft's `ms.openlocfilehash`: the SHA-1 (lowercase hex) of a source file's bytes after every line ending
/// is made CRLF.
public enum Fingerprint {
    public static func of(_ bytes: [UInt8]) -> String {
        var hasher = Insecure.SHA1()
        // Runs of bytes without a bare LF are hashed as they are; a bare LF is hashed as CRLF.
        bytes.withUnsafeBytes { buffer in
            var start = 0
            for index in buffer.indices where buffer[index] == 0x0A && (index == 0 || buffer[index - 1] != 0x0D) {
                hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[start..<index]))
                crlf.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                start = index + 1
            }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
        return StableHasher.hex(hasher.finalize())
    }

    private static let crlf: [UInt8] = [0x0D, 0x0A]
}
