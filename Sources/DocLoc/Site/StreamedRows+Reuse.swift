/// What lets an incremental build copy a streamed page's unchanged rows from its previous version instead of
/// rendering them (`write(to:rowKeys:previous:)`): each row's key, and which row templates may have one.
extension StreamedRows {
    /// A previous version of the page whose rows may be copied: its file, and where each row stands in it by key —
    /// its rows sorted by key and looked up by binary search, so they take no more room than the index read from
    /// the cache (a dictionary of 50,000 rows beside it was another 3 MB per page).
    struct PreviousRows {
        var path: String
        private var rows: [BuildCache.RowIndex.Row]

        /// The rows of `index` that lie within its page (`byteCount`); of rows with the same key (which render the
        /// same), the first in the page.
        init(path: String, index: BuildCache.RowIndex) {
            self.path = path
            var rows = index.rows
            rows.removeAll { $0.offset < 0 || $0.length < 0 || $0.offset > index.byteCount - $0.length }
            rows.sort { $0.key != $1.key ? $0.key < $1.key : $0.offset < $1.offset }
            self.rows = rows
        }

        /// Where the row with `key` stands in the previous page.
        func range(of key: Digest256) -> Range<Int>? {
            var low = 0
            var high = rows.count
            while low < high {
                let middle = (low + high) / 2
                if rows[middle].key < key { low = middle + 1 } else { high = middle }
            }
            guard low < rows.count, rows[low].key == key else { return nil }
            return rows[low].offset..<(rows[low].offset + rows[low].length)
        }
    }

    /// The key every row of slot `number` starts from: `context` (e.g. `PageInputs.siteKey`), the template, the
    /// slot, its row template text, and the value each name in that text has in the dictionaries around the list
    /// (`parents`, innermost first, as Mustache finds it there when the row has no such name) — only the values the
    /// row can look up, so a count at the top of the dashboard that a row never shows does not change its rows'
    /// keys. Nil when the text is not self-contained (`names(in:lists:)`).
    func slotKey(_ context: String, slot number: Int, text: String, parents: [[String: Any]], lists: Set<String>) -> String? {
        guard let names = Self.names(in: text, lists: lists) else { return nil }
        var hasher = StableHasher()
        hasher.add("docloc rows")
        hasher.add(context)
        hasher.add(template)
        hasher.add(number)
        hasher.add(text)
        for name in names {
            hasher.add(name)
            if let value = parents.reversed().lazy.compactMap({ $0[name] }).first {
                TemplateValues.add(value, to: &hasher)
            } else {
                hasher.add("-")
            }
        }
        return hasher.finalize()
    }

    /// A row's key: its slot's key and the digest of its values (`TemplateRows.digest`).
    func rowKey(_ slotKey: String, digest: [UInt8]) -> Digest256 {
        var hasher = StableHasher()
        hasher.add(slotKey)
        hasher.add(bytes: digest)
        return hasher.finalizeDigest()
    }

    /// The names a row rendered from `text` (its list's section text) can look up — the first part of each name in
    /// its tags, sorted — when what it renders depends only on the row, those names' values around the list and the
    /// text itself: the text names no list that holds rows (nor the list of dictionaries holding
    /// one), no partial or parent template, not `.` outside a section that has pushed its own value (there it is
    /// the whole context), and keeps its delimiters. A name that merely contains a list's name counts too: the
    /// test may refuse a row, never take a wrong one.
    static func names(in text: String, lists: Set<String>) -> [String]? {
        var names = Set<String>()
        // Open sections: whether each pushed a value (`#`) or not (`^`).
        var open: [Bool] = []
        var rest = text[...]
        while let start = rest.range(of: "{{") {
            guard let close = rest[start.upperBound...].range(of: "}}") else { return nil }
            var tag = rest[start.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
            guard let sigil = tag.first else { continue }
            if sigil == "!" { continue }
            if ">=<$".contains(sigil) { return nil }
            if sigil == "#" || sigil == "^" { open.append(sigil == "#") }
            if sigil == "/" { _ = open.popLast() }
            while let sigil = tag.first, "#^/&{".contains(sigil) { tag = tag.dropFirst() }
            let pushed = sigil != "#" && sigil != "^" && open.contains(true)
            let words = tag.split(whereSeparator: { " \t\n\r()}".contains($0) })
            for word in words {
                if word.hasPrefix("."), !pushed { return nil }
                let parts = word.split(separator: ".")
                if parts.contains(where: { lists.contains(String($0)) }) { return nil }
                // Every part, not only the first: a part of a function's argument, `f(a.b)`, may be looked up too.
                for part in parts { names.insert(String(part)) }
            }
        }
        return names.sorted()
    }
}
