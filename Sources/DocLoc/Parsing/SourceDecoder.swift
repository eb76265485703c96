import Foundation

/// Turns a file's bytes into text the parser can read, reporting what is wrong with them as diagnostics:
/// UTF-16 and binary files are refused, invalid UTF-8 is reported at its first byte offset and replaced,
/// a UTF-8 byte-order mark is dropped, and CRLF or CR line endings become LF (lines keep their numbers).
struct SourceDecoder {
    struct Result {
        /// nil when the file cannot be read as text at all.
        var text: String?
        var diagnostics: [Diagnostic]
    }

    var file: String

    func decode(_ bytes: [UInt8]) -> Result {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return refuse("file is UTF-16 (byte-order mark \(hex(bytes[0]))\(hex(bytes[1]))); docloc reads UTF-8 only")
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            return refuse("file is binary, not text: NUL byte at offset \(nul)")
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        var diagnostics: [Diagnostic] = []
        // Nearly every file is valid: the standard library's validation (eight bytes at a time while they are ASCII)
        // answers that and makes the string at once; only a file it refuses is looked through for where it fails.
        // A carriage return is ASCII and survives decoding as it is: looked for in the bytes (a tight loop), not in
        // the string's UTF-8 view.
        let hasCarriageReturn = body.contains(UInt8(ascii: "\r"))
        if let valid = String(validating: body, as: UTF8.self) {
            return Result(text: hasCarriageReturn ? Self.normalizingLineEndings(valid) : valid, diagnostics: diagnostics)
        }
        if let bad = Self.firstInvalidUTF8Offset(body) {
            let offset = bad + (bytes.count - body.count)
            let (line, column) = Self.position(ofByte: bad, in: body)
            diagnostics.append(
                Diagnostic(
                    rule: RuleName.encodingInvalid, severity: .error, file: file,
                    at: SourceLocation(line: line, column: column),
                    summary: "invalid UTF-8 at byte offset \(offset) (byte 0x\(hex(bytes[offset])))",
                    notes: ["invalid bytes are read as U+FFFD; the rest of the file is still checked"],
                    solutions: ["save the file as UTF-8"]))
        }
        let text = String(decoding: body, as: UTF8.self)
        return Result(text: hasCarriageReturn ? Self.normalizingLineEndings(text) : text, diagnostics: diagnostics)
    }

    private func refuse(_ message: String) -> Result {
        Result(
            text: nil,
            diagnostics: [
                Diagnostic(
                    rule: RuleName.encodingInvalid, severity: .error, file: file, at: .fileStart,
                    summary: message, notes: ["the file is not checked or rendered"])
            ])
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    static func normalizingLineEndings(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\r")) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// 1-based line and character column of a byte offset.
    static func position(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1, column = 1
        var i = bytes.startIndex
        let end = bytes.startIndex + offset
        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    /// The offset (from the slice's start) of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i - bytes.startIndex
            }
            guard i + length <= end else { return i - bytes.startIndex }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i - bytes.startIndex }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                return i - bytes.startIndex
            }
            i += length
        }
        return nil
    }
}
