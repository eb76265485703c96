extension String {
    /// `parts` joined, in storage of exactly their size. `+` and interpolation leave room to grow (a quarter to half
    /// of a path): fine for a string that lives a moment, not for the paths a large content set keeps per article.
    static func exactly(_ parts: String...) -> String { exactly(parts) }

    /// `parts` joined with `separator` between them, as `joined(separator:)` does, in storage of exactly their size.
    static func exactly(_ parts: [String], separator: String = "") -> String {
        let count = parts.reduce(separator.utf8.count * Swift.max(parts.count - 1, 0)) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for (index, part) in parts.enumerated() {
                if index > 0 { end = buffer[end...].initialize(fromContentsOf: separator.utf8) }
                end = buffer[end...].initialize(fromContentsOf: part.utf8)
            }
            return end
        }
    }

    /// A copy in storage of its own, made on the calling thread. Something kept for a whole run that was made by a
    /// worker thread sits among that work's short-lived blocks, and keeps their memory from being returned
    /// (`MemoryTrim`): a long-lived copy is made where the rest of what is kept lives.
    var ownCopy: String {
        var text = self
        text.makeContiguousUTF8()
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }
}
