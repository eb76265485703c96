import Crypto

/// Microsoft's `ms.openlocfilehash`: the SHA-1 (lowercase hex) of a source file's bytes after every line ending
/// is made CRLF.
public enum Fingerprint {
    public static func of(_ bytes: [UInt8]) -> String {
        var hasher = Insecure.SHA1()
        var chunk: [UInt8] = []
        chunk.reserveCapacity(min(bytes.count + bytes.count / 16, 1 << 16))
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A && previous != 0x0D {
                chunk.append(0x0D)
            }
            chunk.append(byte)
            previous = byte
            if chunk.count >= 1 << 16 {
                hasher.update(data: chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        hasher.update(data: chunk)
        return hasher.finalize().map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }
}
