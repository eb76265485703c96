import Mustache

/// Finds a template that would include itself without end, before any page is rendered.
///
/// Why: swift-mustache, and `TemplateProgram` after it, expand a partial or a block by recursion, with no limit.
/// A theme override such as `article.mustache` holding `{{>article}}`, or a parent's block that expands itself
/// (`{{<layout}}{{$main}}{{$main}}{{/main}}{{/main}}{{/layout}}`), overflowed the stack: docloc died of SIGSEGV,
/// with no message and no file named. A section around the tag does not stop it either: docloc's page values are
/// flat (no value holds a tree of itself), and Mustache looks a name up from the innermost value outwards, so a
/// section that was entered once is entered again at every level.
///
/// How: the expansion is followed symbolically, as `TemplateProgram.render` follows it — a partial or parent tag
/// enters its template with the blocks it overrides added (the caller's own overrides win), a block tag enters the
/// override in force or its default, sections are entered — and a template or override entered again with the
/// same overrides in force, while it is still being expanded, is a recursion that never ends. Read from
/// swift-mustache's tokens (through `Mirror`, as `TemplateProgram` reads them), for every template of the theme
/// whether docloc or swift-mustache renders it. A tag whose name is only known at render time (`{{>*name}}`) is not
/// followed.
struct TemplateRecursion: Equatable, CustomStringConvertible {
    /// The template the recursion starts from (and returns to), and the tag there that begins it.
    let template: String
    let tag: String
    /// The templates and blocks it goes through, the first one again last: `article → layout → article`.
    let path: [String]

    var description: String {
        "template '\(template)' includes itself without end (\(path.joined(separator: " → "))), starting at \(tag)"
    }

    /// Where `tag` stands in the template's text (its first occurrence, spaces inside the braces allowed), 1-based;
    /// line 1, column 1 when the text spells it otherwise (other delimiters).
    func location(in text: String) -> (line: Int, column: Int) {
        let sigil = tag.dropFirst(2).prefix(1)
        let name = tag.dropFirst(3).dropLast(2)
        var (line, column) = (1, 1)
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{"), Self.matches(text[text.index(index, offsetBy: 2)...], sigil: sigil, name: name) {
                return (line, column)
            }
            if text[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
        return (1, 1)
    }

    /// Whether `rest` (what follows `{{`) is `<sigil> <name> }}`, with any spaces between.
    private static func matches(_ rest: Substring, sigil: Substring, name: Substring) -> Bool {
        var rest = rest.drop { $0 == " " }
        guard rest.hasPrefix(sigil) else { return false }
        rest = rest.dropFirst(sigil.count).drop { $0 == " " }
        guard rest.hasPrefix(name) else { return false }
        return rest.dropFirst(name.count).drop { $0 == " " }.hasPrefix("}}")
    }

    /// The first recursion among `templates` (by name, in name order), or nil when none includes itself. A
    /// template's program, where `programs` has one, is read instead of its tokens (the same structure, without
    /// a `Mirror` per token: 11 M instructions for the built-in theme the other way, a third of its load).
    static func find(in templates: [String: MustacheTemplate], programs: [String: TemplateProgram] = [:]) -> TemplateRecursion? {
        var graph = Graph()
        for name in templates.keys.sorted() {
            graph.templates[name] = programs[name].map { graph.add($0, owner: name) } ?? graph.add(templates[name]!, owner: name)
        }
        // One search for every starting template: a frame found to end ends from wherever it is entered (layout,
        // expanded from every page template, is followed once).
        var search = Search(graph: graph)
        for name in templates.keys.sorted() {
            if let found = search.enter(graph.templates[name]!, inherited: [:], via: nil) { return found }
        }
        return nil
    }

    // MARK: The templates' structure

    /// What a template's tokens expand into, sections flattened into the uses around them.
    fileprivate enum Use {
        /// `{{>name}}`, or `{{<name}}` with the blocks it overrides (block name → body).
        case partial(String, tag: String, overrides: [String: Int])
        /// `{{$name}}`: the override in force, else its default.
        case block(String, tag: String, fallback: [Use])
    }

    /// Every template and override body, by number.
    fileprivate struct Graph {
        var bodies: [(owner: String, uses: [Use])] = []
        var templates: [String: Int] = [:]

        mutating func add(_ template: MustacheTemplate, owner: String) -> Int {
            let uses = self.uses(of: template, owner: owner)
            bodies.append((owner, uses))
            return bodies.count - 1
        }

        mutating func add(_ program: TemplateProgram, owner: String) -> Int {
            let uses = self.uses(of: program, owner: owner)
            bodies.append((owner, uses))
            return bodies.count - 1
        }

        private mutating func uses(of program: TemplateProgram, owner: String) -> [Use] {
            var uses: [Use] = []
            for step in program.steps {
                switch step {
                case .section(_, let body), .invertedSection(_, let body):
                    uses += self.uses(of: body, owner: owner)
                case .blockExpansion(let name, let fallback, _):
                    uses.append(.block(name, tag: "{{$\(name)}}", fallback: self.uses(of: fallback, owner: owner)))
                case .partial(let name, _, let inherits):
                    var overrides: [String: Int] = [:]
                    for (block, body) in (inherits ?? [:]).sorted(by: { $0.key < $1.key }) { overrides[block] = add(body, owner: owner) }
                    uses.append(.partial(name, tag: inherits == nil ? "{{>\(name)}}" : "{{<\(name)}}", overrides: overrides))
                case .text, .variable, .contentType:
                    continue
                }
            }
            return uses
        }

        private mutating func uses(of template: MustacheTemplate, owner: String) -> [Use] {
            guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else { return [] }
            var uses: [Use] = []
            for token in tokens {
                let mirror = Mirror(reflecting: token)
                guard let payload = mirror.children.first, let label = payload.label else { continue }
                switch label {
                case "section", "invertedSection":
                    if let tag = payload.value as? (name: String, transforms: [String], template: MustacheTemplate) {
                        uses += self.uses(of: tag.template, owner: owner)
                    }
                case "blockExpansion":
                    if let tag = payload.value as? (name: String, default: MustacheTemplate, indentation: String?) {
                        uses.append(.block(tag.name, tag: "{{$\(tag.name)}}", fallback: self.uses(of: tag.default, owner: owner)))
                    }
                case "partial":
                    if let tag = payload.value as? (String, indentation: String?, inherits: [String: MustacheTemplate]?) {
                        var overrides: [String: Int] = [:]
                        for (block, body) in (tag.inherits ?? [:]).sorted(by: { $0.key < $1.key }) {
                            overrides[block] = add(body, owner: owner)
                        }
                        uses.append(.partial(tag.0, tag: tag.inherits == nil ? "{{>\(tag.0)}}" : "{{<\(tag.0)}}", overrides: overrides))
                    }
                default:
                    continue
                }
            }
            return uses
        }
    }

    /// A body being expanded, with the overrides in force.
    private struct Frame: Hashable {
        let body: Int
        let inherited: [String: Int]
    }

    /// One depth-first walk of the expansion: the frames still being expanded (with the tag each was entered by),
    /// and those found to end.
    private struct Search {
        let graph: Graph
        var open: [Frame] = []
        var entries: [(name: String, tag: String?)] = []
        var finished: Set<Frame> = []

        init(graph: Graph) { self.graph = graph }

        mutating func enter(_ body: Int, inherited: [String: Int], via tag: String?, named name: String? = nil) -> TemplateRecursion? {
            let frame = Frame(body: body, inherited: inherited)
            if finished.contains(frame) { return nil }
            let shown = name ?? graph.bodies[body].owner
            if let start = open.firstIndex(of: frame) {
                let path = entries[start...].map(\.name) + [shown]
                let tag = entries.count > start + 1 ? entries[start + 1].tag : tag
                return TemplateRecursion(template: graph.bodies[body].owner, tag: tag ?? "", path: path)
            }
            open.append(frame)
            entries.append((shown, tag))
            if let found = walk(graph.bodies[body].uses, inherited: inherited) { return found }
            open.removeLast()
            entries.removeLast()
            finished.insert(frame)
            return nil
        }

        private mutating func walk(_ uses: [Use], inherited: [String: Int]) -> TemplateRecursion? {
            for use in uses {
                switch use {
                case .partial(let name, let tag, let overrides):
                    guard let template = graph.templates[name] else { continue }
                    let inner = inherited.merging(overrides) { outer, _ in outer }
                    if let found = enter(template, inherited: inner, via: tag) { return found }
                case .block(let name, let tag, let fallback):
                    if let override = inherited[name] {
                        let owner = graph.bodies[override].owner
                        if let found = enter(override, inherited: inherited, via: tag, named: "\(owner)'s block '\(name)'") { return found }
                    } else if let found = walk(fallback, inherited: inherited) {
                        return found
                    }
                }
            }
            return nil
        }
    }
}
