/// A 40-digit lowercase hex string (a SHA-1 `Fingerprint`) held in 20 bytes, or a lowercase GUID (`ms.assetid`) in 16,
/// instead of a string of its own: a large content set keeps them per article for the whole run. Any other text is
/// kept as it is.
struct CompactHex: Sendable, Hashable {
    private enum Storage: Sendable, Hashable {
        case digits(UInt64, UInt64, UInt32)
        /// A lowercase GUID (`ms.assetid`: 8-4-4-4-12 digits) in 16 bytes.
        case guid(UInt64, UInt64)
        case text(String)
    }

    private let storage: Storage

    init(_ text: String) {
        storage = Self.digits(of: text) ?? Self.guid(of: text) ?? .text(text)
    }

    /// The text it was made from.
    var text: String {
        switch storage {
        case .text(let text): return text
        case .guid(let high, let low):
            return String(unsafeUninitializedCapacity: 36) { buffer in
                var end = 0
                for nibble in 0..<32 {
                    if Self.guidDashes.contains(nibble) {
                        buffer[end] = UInt8(ascii: "-")
                        end += 1
                    }
                    let value = nibble < 16 ? high : low
                    buffer[end] = Self.hexDigits[Int((value >> UInt64(4 * (15 - nibble % 16))) & 0xF)]
                    end += 1
                }
                return end
            }
        case .digits(let high, let middle, let low):
            return String(unsafeUninitializedCapacity: 40) { buffer in
                Self.write(high, digits: 16, into: buffer, at: 0)
                Self.write(middle, digits: 16, into: buffer, at: 16)
                Self.write(UInt64(low), digits: 8, into: buffer, at: 32)
                return 40
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func write(_ value: UInt64, digits: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) {
        for index in 0..<digits {
            buffer[start + index] = hexDigits[Int((value >> UInt64(4 * (digits - 1 - index))) & 0xF)]
        }
    }

    /// Where a GUID's dashes stand, counted in digits before them.
    private static let guidDashes: Set<Int> = [8, 12, 16, 20]

    private static func guid(of text: String) -> Storage? {
        guard text.utf8.count == 36 else { return nil }
        var halves: (UInt64, UInt64) = (0, 0)
        var nibble = 0
        for (index, byte) in text.utf8.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard let digit = hexValue(byte) else { return nil }
            if nibble < 16 { halves.0 = halves.0 << 4 | UInt64(digit) } else { halves.1 = halves.1 << 4 | UInt64(digit) }
            nibble += 1
        }
        return .guid(halves.0, halves.1)
    }

    /// A lowercase hex digit's value.
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    private static func digits(of text: String) -> Storage? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 40 else { return nil }
        func value(_ range: Range<Int>) -> UInt64? {
            var result: UInt64 = 0
            for byte in utf8[range] {
                guard let digit = hexValue(byte) else { return nil }
                result = result << 4 | UInt64(digit)
            }
            return result
        }
        guard let high = value(0..<16), let middle = value(16..<32), let low = value(32..<40) else { return nil }
        return .digits(high, middle, UInt32(low))
    }
}
