/// Rewrites two front-matter values of a file's bytes — `ms.openlocfilehash` and `ms.lasthandoff` — and
/// nothing else: other lines, line endings (CRLF stays CRLF), a byte-order mark and the quoting of an existing
/// value are kept. Missing keys are added before the closing `---`; a file without front matter gets one.
struct FrontMatterStamp: Sendable {
    var values: [(key: String, value: String)]

    func apply(to bytes: [UInt8]) -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasBOM = bytes.starts(with: bom)
        var lines = Self.lines(Array(bytes.dropFirst(hasBOM ? 3 : 0)))
        let eol: [UInt8] = lines.first.map { Self.terminator(of: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? [0x0A]
        let close: Int
        if let first = lines.first, Self.content(of: first) == "---",
            let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(Self.content(of: lines[$0])) })
        {
            close = end
        } else {
            lines.insert(Array("---".utf8) + eol, at: 0)
            lines.insert(Array("---".utf8) + eol, at: 1)
            close = 1
        }
        var insertAt = close
        for (key, value) in values {
            if let i = (1..<insertAt).first(where: { Self.content(of: lines[$0]).hasPrefix(key + ":") }) {
                lines[i] = Self.replacingValue(in: lines[i], key: key, with: value)
            } else {
                lines.insert(Array("\(key): \(value)".utf8) + eol, at: insertAt)
                insertAt += 1
            }
        }
        return (hasBOM ? bom : []) + lines.flatMap { $0 }
    }

    /// `key: old` → `key: new`, keeping the spacing after the colon, the quotes and the terminator.
    static func replacingValue(in line: [UInt8], key: String, with value: String) -> [UInt8] {
        let terminator = terminator(of: line)
        let body = Array(line.dropLast(terminator.count))
        var start = key.utf8.count + 1
        while start < body.count, body[start] == 0x20 || body[start] == 0x09 { start += 1 }
        let spacing = start == key.utf8.count + 1 ? [0x20] : Array(body[(key.utf8.count + 1)..<start])
        let old = String(decoding: body[start...], as: UTF8.self)
        let quote = old.first.flatMap { $0 == "\"" || $0 == "'" ? String($0) : nil } ?? ""
        return Array(key.utf8) + [0x3A] + spacing + Array("\(quote)\(value)\(quote)".utf8) + terminator
    }

    /// Lines with their terminators.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            current.append(byte)
            if byte == 0x0A {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func terminator(of line: [UInt8]) -> [UInt8] {
        if line.last == 0x0A { return line.count >= 2 && line[line.count - 2] == 0x0D ? [0x0D, 0x0A] : [0x0A] }
        return []
    }

    /// The line's text without terminator and trailing spaces.
    static func content(of line: [UInt8]) -> String {
        var s = Substring(String(decoding: line, as: UTF8.self))
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
