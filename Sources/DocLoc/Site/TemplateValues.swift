/// Template values — trees of `[String: Any]` dictionaries, lists (`TemplateRows` too), strings, numbers and flags — added to a
/// hasher in a stable order (dictionary keys sorted), so equal values give equal keys.
enum TemplateValues {
    /// The SHA-256 of one value (hex), as `add` hashes it.
    static func digest(_ value: Any) -> String {
        var hasher = StableHasher()
        add(value, to: &hasher)
        return hasher.finalize()
    }

    /// The same SHA-256, as its 32 bytes.
    static func digestBytes(_ value: Any) -> [UInt8] {
        var hasher = StableHasher()
        add(value, to: &hasher)
        return hasher.finalizeBytes()
    }

    static func add(_ value: Any, to hasher: inout StableHasher) {
        // The types docloc's pages use, told by their exact type (a pointer comparison) and hashed as the general
        // cases below hash them: a cast that fails, or converts `[[String: String]]` to `[Any]` element by element,
        // was most of keying the dashboard.
        let type = Swift.type(of: value)
        if type == String.self {
            hasher.add("s")
            hasher.add(value as! String)
            return
        }
        if type == Bool.self {
            hasher.add("b")
            hasher.add(value as! Bool)
            return
        }
        if type == Int.self {
            hasher.add("i")
            hasher.add(value as! Int)
            return
        }
        if type == [String: String].self {
            add(strings: value as! [String: String], to: &hasher)
            return
        }
        if type == [[String: String]].self {
            let list = value as! [[String: String]]
            hasher.add("[")
            hasher.add(list.count)
            for child in list { add(strings: child, to: &hasher) }
            return
        }
        // Strings first: most values are, and a failed cast to a collection type is the slow part of a lookup.
        switch value {
        case let text as String:
            hasher.add("s")
            hasher.add(text)
        case let dictionary as [String: Any]:
            hasher.add("{")
            hasher.add(dictionary.count)
            for key in dictionary.keys.sorted() {
                hasher.add(key)
                if let child = dictionary[key] { add(child, to: &hasher) }
            }
        case let list as [Any]:
            hasher.add("[")
            hasher.add(list.count)
            for child in list { add(child, to: &hasher) }
        case let rows as TemplateRows:
            // A digest per row, kept for the rows' own keys (`StreamedRows`).
            hasher.add("rows")
            hasher.add(rows.count)
            for index in 0..<rows.count { hasher.add(bytes: rows.digest(index)) }
        case let flag as Bool:
            hasher.add("b")
            hasher.add(flag)
        case let number as Int:
            hasher.add("i")
            hasher.add(number)
        default:
            hasher.add("?")
            hasher.add(String(describing: value))
        }
    }

    /// A dictionary of strings, as the `[String: Any]` case hashes it.
    private static func add(strings dictionary: [String: String], to hasher: inout StableHasher) {
        hasher.add("{")
        hasher.add(dictionary.count)
        for (key, text) in dictionary.sorted(by: { $0.key < $1.key }) {
            hasher.add(key)
            hasher.add("s")
            hasher.add(text)
        }
    }
}
