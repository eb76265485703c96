/// A 40-digit lowercase hex string (a SHA-1 `Fingerprint`) held in 20 bytes instead of a string of its own: a
/// large content set keeps one per article for the whole run. Any other text is kept as it is.
struct CompactHex: Sendable, Hashable {
    private enum Storage: Sendable, Hashable {
        case digits(UInt64, UInt64, UInt32)
        case text(String)
    }

    private let storage: Storage

    init(_ text: String) {
        storage = Self.digits(of: text) ?? .text(text)
    }

    /// The text it was made from.
    var text: String {
        switch storage {
        case .text(let text): return text
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

    private static func digits(of text: String) -> Storage? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 40 else { return nil }
        func value(_ range: Range<Int>) -> UInt64? {
            var result: UInt64 = 0
            for byte in utf8[range] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                default: return nil
                }
                result = result << 4 | UInt64(digit)
            }
            return result
        }
        guard let high = value(0..<16), let middle = value(16..<32), let low = value(32..<40) else { return nil }
        return .digits(high, middle, UInt32(low))
    }
}
