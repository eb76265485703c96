import Mustache

/// A Mustache template as swift-mustache parsed it, in a form docloc renders itself (`render(_:library:)`).
///
/// Why: rendering the pages through swift-mustache was 29% of a build's instructions on the real corpus. Every
/// `{{name}}` cost ~13,000 instructions there: the name split on `.` again at each lookup, eight or so dynamic casts
/// of the value to swift-mustache's protocols, a copy of the context stack for each section and row, and the page
/// built by appending strings. Here names are split once, values are told by their exact type, and the page is
/// written into one byte buffer.
///
/// What stays swift-mustache's: the parsing. A program is made from the tokens swift-mustache's parser produced
/// (read through `Mirror`: the token list is internal to the package), so standalone lines, whitespace, delimiters,
/// inheritance and the `CONTENT_TYPE` pragma are exactly its. And the meaning: `render` reproduces swift-mustache
/// 2.1's rendering (Template+Render.swift) for the values docloc's pages are made of — `[String: Any]` and
/// `[String: String]` dictionaries, the lists of them, `TemplateRows`, `TemplateStack`, strings, numbers and flags.
/// Whatever else it meets (another type of value, a lambda, transforms, an indented partial, a token it does not
/// know) makes it give up, and the caller renders with swift-mustache instead: the page is the same either way.
struct TemplateProgram: Sendable {
    /// A name as the template spells it, split once.
    enum Name: Sendable, Equatable {
        /// `.`: the innermost object.
        case current
        /// `a.b.c`: `a` looked up from the innermost object outwards, then `b` and `c` in what it found.
        case stack([String])
        /// `.a.b`: looked up in the innermost object only.
        case top([String])

        init(_ text: String) {
            if text == "." {
                self = .current
            } else if text.first == "." {
                self = .top(text.split(separator: ".").map(String.init))
            } else {
                self = .stack(text.split(separator: ".").map(String.init))
            }
        }
    }

    /// How `{{value}}` is escaped from a `CONTENT_TYPE` pragma on.
    enum Escaping: Sendable {
        /// docloc's own (`TemplateEscaping`), done into the page's bytes.
        case docloc
        /// Another registered content type, asked to escape each value.
        case other(any MustacheContentType)
    }

    indirect enum Step: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, TemplateProgram)
        case invertedSection(Name, TemplateProgram)
        /// `{{$name}}…{{/name}}` outside a parent: the overriding block, else the default.
        case blockExpansion(String, TemplateProgram, indentation: String?)
        /// `{{>name}}`, or `{{<name}}` with its blocks.
        case partial(String, indentation: String?, inherits: [String: TemplateProgram]?)
        case contentType(Escaping)
    }

    let steps: [Step]

    /// The program of a parsed template; nil when it holds anything `render` does not reproduce (transforms,
    /// dynamic partials) or swift-mustache's tokens are not what this reads.
    init?(_ template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") as? [Any] else { return nil }
        var steps: [Step] = []
        steps.reserveCapacity(tokens.count)
        for token in tokens {
            guard let step = Self.step(token) else { return nil }
            // Adjacent texts in one step: fewer appends per page.
            if case .text(let bytes) = step, case .text(let before)? = steps.last {
                steps[steps.count - 1] = .text(before + bytes)
            } else {
                steps.append(step)
            }
        }
        self.steps = steps
    }

    private static func step(_ token: Any) -> Step? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let label = payload.label else {
            return nil
        }
        // Each case's payload cast to its tuple as Template.swift declares it (a second Mirror per token cost twice
        // as much); a payload of another shape fails the cast, and the template is left to swift-mustache.
        switch label {
        case "text":
            guard let text = payload.value as? String else { return nil }
            return .text(Array(text.utf8))
        case "variable", "unescapedVariable":
            guard let tag = payload.value as? (name: String, transforms: [String]), tag.transforms.isEmpty else {
                return nil
            }
            return .variable(Name(tag.name), escaped: label == "variable")
        case "section", "invertedSection":
            guard let tag = payload.value as? (name: String, transforms: [String], template: MustacheTemplate),
                tag.transforms.isEmpty, let body = TemplateProgram(tag.template)
            else { return nil }
            return label == "section" ? .section(Name(tag.name), body) : .invertedSection(Name(tag.name), body)
        case "blockExpansion":
            guard let tag = payload.value as? (name: String, default: MustacheTemplate, indentation: String?),
                let body = TemplateProgram(tag.default)
            else { return nil }
            return .blockExpansion(tag.name, body, indentation: tag.indentation)
        case "partial":
            guard let tag = payload.value as? (String, indentation: String?, inherits: [String: MustacheTemplate]?) else {
                return nil
            }
            var inherits: [String: TemplateProgram]?
            if let blocks = tag.inherits {
                var compiled: [String: TemplateProgram] = [:]
                for (block, template) in blocks {
                    guard let program = TemplateProgram(template) else { return nil }
                    compiled[block] = program
                }
                inherits = compiled
            }
            return .partial(tag.0, indentation: tag.indentation, inherits: inherits)
        case "contentType":
            guard let type = payload.value as? any MustacheContentType else { return nil }
            return .contentType(type is TemplateEscaping ? .docloc : .other(type))
        default:
            // dynamicNamePartial, blockDefinition (only inside a parent, where the parser takes it out) or a token
            // a later swift-mustache adds.
            return nil
        }
    }
}
