import Foundation
import Mustache

/// The row templates `StreamedRows` cuts from a page's template, parsed (and made programs) once per theme: the
/// dashboard and every locale index cut the same few section texts, and a parse with its program costs about a
/// million instructions (`Mirror` over swift-mustache's tokens).
final class RowTemplateCache: @unchecked Sendable {
    struct Row: Sendable {
        let template: MustacheTemplate
        let program: TemplateProgram?
    }

    private let lock = NSLock()
    private var rows: [String: Row?] = [:]
    /// Section texts are the theme's own, a few per template; past this many, a text is parsed each time.
    static let capacity = 256

    /// `text` (a section's text, as swift-mustache handed it to a lambda) as a template with the theme's escaping;
    /// nil when it does not parse.
    func row(_ text: String, compiles: Bool) -> Row? {
        if let known = lock.withLock({ rows[text] }) { return known }
        let row = (try? MustacheTemplate(string: TemplateEscaping.pragma + text)).map {
            Row(template: $0, program: compiles ? TemplateProgram($0) : nil)
        }
        lock.withLock {
            if rows.count < Self.capacity { rows[text] = .some(row) }
        }
        return row
    }
}
