import Foundation

/// The line format of `BuildCache`: one record per line — a tag, then fields separated by tabs; a list field
/// separates its items by U+001F. Text escapes `\`, tab, line feed, carriage return and U+001F with a
/// backslash, so any text round-trips. Reading and writing it is a split and a join: the JSON coder took a
/// third of an incremental build of the real corpus to read and write the same data.
enum CacheLines {
    private static let (tab, newline, unit, backslash): (UInt8, UInt8, UInt8, UInt8) = (0x09, 0x0A, 0x1F, 0x5C)

    /// One field of a record to write.
    enum Field {
        case text(String)
        case list([String])
        /// A list held as one string, its items (none empty) separated by `separator`, which none holds: written
        /// as `.list` writes the items, without a string made per item (a document's anchors, NUL-joined).
        case joined(String, separator: UInt8)

        /// Empty for nil, else `=` and the text.
        static func optional(_ text: String?) -> Field { .text(text.map { "=" + $0 } ?? "") }
        static func number(_ number: Int?) -> Field { .text(number.map(String.init) ?? "") }
        static func flag(_ flag: Bool) -> Field { .text(flag ? "1" : "0") }
    }

    /// Builds the bytes of a cache file, one record at a time (`BuildCacheWriter` hands them to the file as it
    /// goes and empties the buffer).
    struct Writer {
        var bytes: [UInt8] = []
        /// How many records were written.
        private(set) var count = 0

        mutating func record(_ tag: String, _ fields: [Field]) {
            append(tag, fields)
            bytes.append(newline)
        }

        /// Starts a record whose last field is a list written an item at a time (`item(_:)`, then `end()`), so that
        /// the caller can hand the bytes to the file between items: a row index of 50,000 rows is a 4 MB line.
        mutating func startList(_ tag: String, _ fields: [Field]) {
            append(tag, fields)
            bytes.append(tab)
            items = 0
        }

        /// Adds an item to the list `startList(_:_:)` began: `write` appends its bytes, which must need no escape
        /// (digits, hex, spaces).
        mutating func item(_ write: (inout [UInt8]) -> Void) {
            if items > 0 { bytes.append(unit) }
            items += 1
            write(&bytes)
        }

        /// Ends the record `startList(_:_:)` began.
        mutating func end() {
            bytes.append(newline)
        }

        private var items = 0

        /// The record's tag and fields, without its line feed.
        private mutating func append(_ tag: String, _ fields: [Field]) {
            count += 1
            bytes += tag.utf8
            for field in fields {
                bytes.append(tab)
                switch field {
                case .text(let text):
                    escape(text, into: &bytes)
                case .list(let items):
                    for (number, item) in items.enumerated() {
                        if number > 0 { bytes.append(unit) }
                        escape(item, into: &bytes)
                    }
                case .joined(let text, let separator):
                    escape(text, into: &bytes, separator: separator)
                }
            }
        }

        /// Records as another cache file has them (lines without the last one's end: a document, or a verdict and
        /// its findings), copied unchanged.
        mutating func copy(lines: ArraySlice<UInt8>) {
            counted(lines: lines)
            bytes += lines
            bytes.append(newline)
        }

        /// Counts the records of `lines` (as `copy(lines:)`) that the caller writes to the file itself.
        mutating func counted(lines: ArraySlice<UInt8>) {
            count += 1 + lines.count { $0 == newline }
        }

        /// A record as another cache file has it (one line without its end), with the field `fromEnd` places before
        /// its last one (0: the last) replaced by `text`; false, writing nothing, when the line has no such field.
        mutating func copy(line: ArraySlice<UInt8>, replacingField fromEnd: Int, with text: String) -> Bool {
            // The tabs before the field and after it, found from the end.
            var end = line.endIndex
            var tabs = 0
            var position = line.endIndex
            while position > line.startIndex {
                position -= 1
                guard line[position] == tab else { continue }
                tabs += 1
                if tabs == fromEnd { end = position }
                if tabs == fromEnd + 1 { break }
            }
            guard tabs == fromEnd + 1 else { return false }
            count += 1
            bytes += line[...position]
            escape(text, into: &bytes)
            bytes += line[end...]
            bytes.append(newline)
            return true
        }
    }

    /// One record read: its tag and its fields, still escaped.
    struct Record {
        var tag: String
        private var fields: [ArraySlice<UInt8>]

        /// `fields`: how many leading fields to split off (the last one then holds the rest of the line); nil: all.
        init(line: ArraySlice<UInt8>, fields count: Int? = nil) {
            // memchr, not the generic `split` (4% of an incremental build of the real corpus) nor a loop over the
            // slice's checked subscript.
            var parts = CacheLines.split(line, at: tab, maxSplits: count.map { $0 + 1 } ?? Int.max)
            tag = String(decoding: parts.removeFirst(), as: UTF8.self)
            fields = parts
        }

        func text(_ index: Int) -> String { index < fields.count ? unescape(fields[index]) : "" }

        /// A field as the line has it, escapes and all (empty when there is no such field).
        func raw(_ index: Int) -> ArraySlice<UInt8> { index < fields.count ? fields[index] : [] }

        func list(_ index: Int) -> [String] {
            guard index < fields.count, !fields[index].isEmpty else { return [] }
            return CacheLines.split(fields[index], at: unit).map(unescape)
        }

        /// A list field's items joined by NUL, when they are ASCII without escapes, non-empty and strictly ascending
        /// (so sorted as `String` sorts them): a copy of the field, no string per item. Nil otherwise.
        func joinedAscendingList(_ index: Int) -> String? {
            guard index < fields.count, !fields[index].isEmpty else { return "" }
            return fields[index].withUnsafeBufferPointer { field -> String? in
                // One pass: every byte checked, each item compared with the one before (as memcmp, then length).
                var itemStart = 0
                var previous = 0..<0
                for position in 0...field.count {
                    let byte = position < field.count ? field[position] : unit
                    guard byte < 0x80, byte != backslash, byte != 0 else { return nil }
                    guard byte == unit else { continue }
                    let item = itemStart..<position
                    guard !item.isEmpty else { return nil }
                    if !previous.isEmpty {
                        let order = memcmp(field.baseAddress! + previous.lowerBound, field.baseAddress! + item.lowerBound, min(previous.count, item.count))
                        guard order < 0 || (order == 0 && previous.count < item.count) else { return nil }
                    }
                    previous = item
                    itemStart = position + 1
                }
                return String(unsafeUninitializedCapacity: field.count) { buffer in
                    for position in 0..<field.count { buffer[position] = field[position] == unit ? 0 : field[position] }
                    return field.count
                }
            }
        }

        func optional(_ index: Int) -> String? {
            let text = text(index)
            return text.first == "=" ? String(text.dropFirst()) : nil
        }

        func number(_ index: Int) -> Int? { Int(text(index)) }

        func flag(_ index: Int) -> Bool { text(index) == "1" }
    }

    /// `bytes` split at each `separator` (at most `maxSplits` times; the last part holds the rest), empty parts kept.
    static func split(_ bytes: ArraySlice<UInt8>, at separator: UInt8, maxSplits: Int = Int.max) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while parts.count < maxSplits, offset < buffer.count,
                let found = memchr(base + offset, Int32(separator), buffer.count - offset)
            {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                parts.append(bytes[start..<(bytes.startIndex + at)])
                start = bytes.startIndex + at + 1
                offset = at + 1
            }
        }
        parts.append(bytes[start...])
        return parts
    }

    /// A line's tag and its first field (still escaped; empty when there is none).
    static func leadingFields(_ line: ArraySlice<UInt8>) -> (tag: ArraySlice<UInt8>, first: ArraySlice<UInt8>) {
        guard let tagEnd = line.firstIndex(of: tab) else { return (line, line[line.endIndex...]) }
        let rest = line[(tagEnd + 1)...]
        return (line[..<tagEnd], rest[..<(rest.firstIndex(of: tab) ?? rest.endIndex)])
    }

    /// A text field's text.
    static func text(_ field: ArraySlice<UInt8>) -> String { unescape(field) }

    /// `body` given `text` as a text field holds it (escaped): its own bytes when it needs no escape.
    static func withEscaped<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        let plain = text.withUTF8 { utf8 -> Result? in
            guard !utf8.contains(where: isEscaped) else { return nil }
            return body(utf8)
        }
        if let plain { return plain }
        var escaped: [UInt8] = []
        escape(text, into: &escaped)
        return escaped.withUnsafeBufferPointer(body)
    }

    /// Whether a text field holds `text`: compared as bytes when the field has no escape.
    static func field(_ field: ArraySlice<UInt8>, is text: String) -> Bool {
        guard field.contains(backslash) else { return field.elementsEqual(text.utf8) }
        return unescape(field) == text
    }

    /// Where the line that starts at `start` ends (its line feed, or the end of `bytes`).
    static func lineEnd(in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count,
                let found = memchr(base + start, Int32(newline), buffer.count - start)
            else { return bytes.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Whether a text field holds `byte` escaped (`\` and a letter, or `\\`).
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte == backslash || byte == tab || byte == newline || byte == 0x0D || byte == unit
    }

    /// `separator` (when given) stands between list items: written as the unit separator.
    private static func escape(_ text: String, into bytes: inout [UInt8], separator: UInt8? = nil) {
        var text = text
        // Most fields (keys, digests, paths, numbers) need no escape: appended at once.
        let plain = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { isEscaped($0) || $0 == separator }) else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        guard !plain else { return }
        for byte in text.utf8 {
            if byte == separator {
                bytes.append(unit)
                continue
            }
            switch byte {
            case backslash: bytes += [backslash, backslash]
            case tab: bytes += [backslash, UInt8(ascii: "t")]
            case newline: bytes += [backslash, UInt8(ascii: "n")]
            case 0x0D: bytes += [backslash, UInt8(ascii: "r")]
            case unit: bytes += [backslash, UInt8(ascii: "u")]
            default: bytes.append(byte)
            }
        }
    }

    private static func unescape(_ field: ArraySlice<UInt8>) -> String {
        guard field.contains(backslash) else { return String(decoding: field, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(field.count)
        var escaped = false
        for byte in field {
            if escaped {
                switch byte {
                case UInt8(ascii: "t"): out.append(tab)
                case UInt8(ascii: "n"): out.append(newline)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "u"): out.append(unit)
                default: out.append(byte)
                }
                escaped = false
            } else if byte == backslash {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
