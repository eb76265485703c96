import Mustache

/// A list in template values whose items are made only when the template (or `TemplateValues`) walks it, one at a
/// time: a list that grows with the site — the dashboard's row per translation — is never held whole as
/// `[String: Any]` values (50,000 rows with their findings at 50k pairs). Mustache walks it as it walks an array.
struct TemplateRows: MustacheSequence {
    let count: Int
    let item: (Int) -> [String: Any]
    /// Each row's digest once taken (`digest(_:)`): the page's key and its rows' keys (`StreamedRows`) hash a row
    /// once, and a row copied from the previous page is never made again. Not shared between threads: a page's
    /// values are keyed and written on one.
    let digests = RowDigests()

    func makeIterator() -> AnyIterator<[String: Any]> {
        var next = 0
        return AnyIterator {
            guard next < count else { return nil }
            defer { next += 1 }
            return item(next)
        }
    }

    /// The digest of row `index`'s values (`TemplateValues.digest`).
    func digest(_ index: Int) -> String {
        if let known = digests.values[index] { return known }
        let digest = TemplateValues.digest(item(index))
        digests.values[index] = digest
        return digest
    }
}

/// The digests a `TemplateRows` has taken, by row.
final class RowDigests {
    var values: [Int: String] = [:]
}
