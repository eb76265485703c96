/// Template values — trees of `[String: Any]` dictionaries, lists (`TemplateRows` too), strings, numbers and flags — added to a
/// hasher in a stable order (dictionary keys sorted), so equal values give equal keys.
enum TemplateValues {
    static func add(_ value: Any, to hasher: inout StableHasher) {
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
            // As the array of the same items would be.
            hasher.add("[")
            hasher.add(rows.count)
            for row in rows { add(row, to: &hasher) }
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
}
