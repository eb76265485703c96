import Mustache

/// A list in template values whose items are made only when the template (or `TemplateValues`) walks it, one at a
/// time: a list that grows with the site — the dashboard's row per translation — is never held whole as
/// `[String: Any]` values (50,000 rows with their findings at 50k pairs). Mustache walks it as it walks an array.
struct TemplateRows: MustacheSequence {
    let count: Int
    let item: (Int) -> [String: Any]
    /// A row's digest from what it is made of, when its maker knows one cheaper than its values (nil for a row
    /// it does not): it must differ wherever the row's values could — a digest of inputs that the values are a
    /// function of, that function's version included. The dashboard keys a row by its verdict's key instead of
    /// making and hashing its values: most of an incremental build's work on it, where one row of 477 changed.
    var inputs: ((Int) -> [UInt8]?)? = nil
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

    /// The row's digest from its inputs, else the SHA-256 of its values (`TemplateValues.digestBytes`).
    func digest(_ index: Int) -> [UInt8] {
        if let known = digests.digest(index) { return known }
        let digest = inputs?(index) ?? TemplateValues.digestBytes(item(index))
        digests.keep(digest, at: index, of: count)
        return digest
    }
}

/// The digests a `TemplateRows` has taken: 32 bytes a row in one array (as hex strings in a dictionary, a 50k-pair
/// build's peak was 6 MB higher, with the dashboard's and both indexes' rows).
final class RowDigests {
    private var bytes: [UInt8] = []
    private var taken: [Bool] = []

    func digest(_ index: Int) -> [UInt8]? {
        guard index >= 0, index < taken.count, taken[index] else { return nil }
        return Array(bytes[(index * 32)..<(index * 32 + 32)])
    }

    func keep(_ digest: [UInt8], at index: Int, of count: Int) {
        guard digest.count == 32, index >= 0, index < count else { return }
        if taken.isEmpty {
            bytes = [UInt8](repeating: 0, count: count * 32)
            taken = [Bool](repeating: false, count: count)
        }
        bytes.replaceSubrange((index * 32)..<(index * 32 + 32), with: digest)
        taken[index] = true
    }
}
