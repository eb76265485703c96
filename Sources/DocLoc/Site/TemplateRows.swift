import Mustache

/// A list in template values whose items are made only when the template (or `TemplateValues`) walks it, one at a
/// time: a list that grows with the site — the dashboard's row per translation — is never held whole as
/// `[String: Any]` values (50,000 rows with their findings at 50k pairs). Mustache walks it as it walks an array.
struct TemplateRows: MustacheSequence {
    let count: Int
    let item: (Int) -> [String: Any]

    func makeIterator() -> AnyIterator<[String: Any]> {
        var next = 0
        return AnyIterator {
            guard next < count else { return nil }
            defer { next += 1 }
            return item(next)
        }
    }
}
