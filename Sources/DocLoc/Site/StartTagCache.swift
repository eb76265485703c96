import Foundation

/// Inline start tags as libxml2 parsed them, shared by every page of a build: parsing one costs a libxml2
/// document (~50,000 instructions), and the same few tags stand in many articles — in the real corpus 5,430 tags,
/// 1,622 different ones (`<br/>` 1,760 times, the support pages' `<a name="hours">` 247). Bounded, so that a corpus
/// of tags all different does not grow it without end; past the bound tags are parsed each time, as before.
final class StartTagCache: @unchecked Sendable {
    static let shared = StartTagCache()

    /// The most tags kept, and the longest kept (a long tag is rarely repeated).
    static let capacity = 8192
    static let longestTag = 512

    private let lock = NSLock()
    private var nodes: [String: HTMLNode?] = [:]

    /// How many tags are kept.
    var count: Int { lock.withLock { nodes.count } }

    /// The first element libxml2's HTML parser makes of `html`, parsed once per build.
    func startTag(_ html: String) -> HTMLNode? {
        if let known = lock.withLock({ nodes[html] }) { return known }
        let node = LibXML2.parseHTMLFragment(html).first { $0.elementName != nil }
        if html.utf8.count <= Self.longestTag {
            lock.withLock {
                if nodes.count < Self.capacity { nodes[html] = .some(node) }
            }
        }
        return node
    }
}
