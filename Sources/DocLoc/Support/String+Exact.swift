extension String {
    /// `parts` joined, in storage of exactly their size. `+` and interpolation leave room to grow (a quarter to half
    /// of a path): fine for a string that lives a moment, not for the paths a large content set keeps per article.
    static func exactly(_ parts: String...) -> String { exactly(parts) }

    static func exactly(_ parts: [String]) -> String {
        let count = parts.reduce(0) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for part in parts { end = buffer[end...].initialize(fromContentsOf: part.utf8) }
            return end
        }
    }
}
