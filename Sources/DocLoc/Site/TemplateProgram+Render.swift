import Mustache

extension TemplateProgram {
    /// The templates partials are looked up in: the programs of a theme's library, and the library itself to tell a
    /// missing partial (rendered as nothing) from one that has no program (give up).
    struct Library: Sendable {
        var programs: [String: TemplateProgram]
        var templates: MustacheLibrary?
    }

    /// The page swift-mustache would render from `root` (its bytes), or nil where this does not reproduce it: the
    /// caller then renders with swift-mustache.
    func render(_ root: Any, library: Library, capacity: Int = 4096) -> [UInt8]? {
        var run = TemplateRun(library: library, stack: [root], capacity: capacity)
        do {
            try run.render(self, Frame(indentation: nil, inherited: nil, escaping: nil))
        } catch {
            return nil
        }
        return run.out
    }

    /// What swift-mustache's `MustacheContext` carries besides the stack: the indentation of the partial being
    /// rendered, the blocks a parent's caller overrides, and the content type (nil: swift-mustache's default HTML,
    /// which no docloc template renders a value under — each starts with the `CONTENT_TYPE` pragma).
    struct Frame {
        var indentation: String?
        var inherited: [String: TemplateProgram]?
        var escaping: Escaping?
    }
}

/// Something `TemplateProgram.render` does not reproduce.
private struct NotReproduced: Error {}

/// One rendering: the output bytes and swift-mustache's context stack, which sections push on and pop off.
private struct TemplateRun {
    let library: TemplateProgram.Library
    var stack: [Any]
    var out: [UInt8] = []

    init(library: TemplateProgram.Library, stack: [Any], capacity: Int) {
        self.library = library
        self.stack = stack
        out.reserveCapacity(capacity)
    }

    mutating func render(_ program: TemplateProgram, _ frame: TemplateProgram.Frame) throws(NotReproduced) {
        var frame = frame
        for step in program.steps {
            switch step {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .variable(let name, let escaped):
                guard let value = try lookup(name) else { continue }
                var text = try Self.text(of: value)
                if escaped {
                    try escape(text, frame.escaping)
                } else {
                    text.withUTF8 { out.append(contentsOf: $0) }
                }
            case .section(let name, let body):
                try section(try lookup(name), body, frame)
            case .invertedSection(let name, let body):
                try invertedSection(try lookup(name), body, frame)
            case .blockExpansion(let name, let fallback, let indentation):
                var inner = frame
                inner.indentation = try indent(frame, indentation)
                try render(frame.inherited?[name] ?? fallback, inner)
            case .partial(let name, let indentation, let inherits):
                guard let partial = library.programs[name] else {
                    // swift-mustache renders a partial it does not have as nothing.
                    if library.templates?.getTemplate(named: name) == nil { continue }
                    throw NotReproduced()
                }
                var inherited = frame.inherited
                if let inherits {
                    // The caller's overrides win over the ones this partial's parent tag gives.
                    inherited = inherited.map { $0.merging(inherits) { outer, _ in outer } } ?? inherits
                }
                let inner = TemplateProgram.Frame(
                    indentation: try indent(frame, indentation), inherited: inherited, escaping: nil)
                try render(partial, inner)
            case .contentType(let escaping):
                frame.escaping = escaping
            }
        }
    }

    /// The indentation inside a partial or block: swift-mustache indents each line a non-empty one renders, which
    /// this does not do (docloc's templates have none).
    private func indent(_ frame: TemplateProgram.Frame, _ added: String?) throws(NotReproduced) -> String? {
        let indentation = added.map { (frame.indentation ?? "") + $0 } ?? frame.indentation
        if let indentation, !indentation.isEmpty { throw NotReproduced() }
        return indentation
    }

    // MARK: Sections

    /// `{{#name}}`: each item of a list, a flag's body when true, the body with any other value pushed.
    private mutating func section(_ value: Any?, _ body: TemplateProgram, _ frame: TemplateProgram.Frame) throws(NotReproduced) {
        guard let value else { return }
        let type = Swift.type(of: value)
        if type == Bool.self {
            if value as! Bool { try render(body, frame) }
            return
        }
        if let items = Self.items(value, type) {
            for index in 0..<items.count {
                stack.append(items.item(index))
                try render(body, frame)
                stack.removeLast()
            }
            return
        }
        guard Self.isObject(type) else { throw NotReproduced() }
        stack.append(value)
        try render(body, frame)
        stack.removeLast()
    }

    /// `{{^name}}`: the body for nothing, false or an empty list (pushed, as swift-mustache does).
    private mutating func invertedSection(_ value: Any?, _ body: TemplateProgram, _ frame: TemplateProgram.Frame) throws(NotReproduced) {
        guard let value else { return try render(body, frame) }
        let type = Swift.type(of: value)
        if type == Bool.self {
            if !(value as! Bool) { try render(body, frame) }
            return
        }
        if let items = Self.items(value, type) {
            guard items.count == 0 else { return }
            stack.append(value)
            try render(body, frame)
            stack.removeLast()
            return
        }
        guard Self.isObject(type) else { throw NotReproduced() }
    }

    /// A list's items, by index (nil: not a list).
    private static func items(_ value: Any, _ type: Any.Type) -> (count: Int, item: (Int) -> Any)? {
        if type == [[String: Any]].self {
            let list = value as! [[String: Any]]
            return (list.count, { list[$0] })
        }
        if type == [[String: String]].self {
            let list = value as! [[String: String]]
            return (list.count, { list[$0] })
        }
        if type == [Any].self {
            let list = value as! [Any]
            return (list.count, { list[$0] })
        }
        if type == [String].self {
            let list = value as! [String]
            return (list.count, { list[$0] })
        }
        if type == TemplateRows.self {
            let rows = value as! TemplateRows
            return (rows.count, { rows.item($0) })
        }
        return nil
    }

    /// A value a section pushes and looks names up in.
    private static func isObject(_ type: Any.Type) -> Bool {
        type == [String: Any].self || type == [String: String].self || type == String.self || type == Int.self
            || type == TemplateStack.self
    }

    // MARK: Names and values

    private func lookup(_ name: TemplateProgram.Name) throws(NotReproduced) -> Any? {
        switch name {
        case .current:
            return stack.last
        case .top(let path):
            guard let last = stack.last else { return nil }
            return try walk(path[...], from: last)
        case .stack(let path):
            guard let first = path.first else { return stack.last }
            for object in stack.reversed() {
                if let found = try Self.child(first, of: object) { return try walk(path.dropFirst(), from: found) }
            }
            return nil
        }
    }

    /// The rest of a dotted name, each part in what the one before found (no search outwards).
    private func walk(_ path: ArraySlice<String>, from object: Any) throws(NotReproduced) -> Any? {
        var object = object
        for name in path {
            guard let next = try Self.child(name, of: object) else { return nil }
            object = next
        }
        return object
    }

    /// What swift-mustache's `_getImmediateChild` finds: a dictionary's value, a `TemplateStack`'s innermost,
    /// nothing in a string or number (`TemplateScalars`), a flag or a list (their `Mirror` has no such label).
    private static func child(_ name: String, of object: Any) throws(NotReproduced) -> Any? {
        let type = Swift.type(of: object)
        if type == [String: Any].self { return (object as! [String: Any])[name] }
        if type == [String: String].self { return (object as! [String: String])[name] }
        if type == String.self || type == Int.self || type == Bool.self { return nil }
        if type == TemplateStack.self {
            for inner in (object as! TemplateStack).objects.reversed() {
                // TemplateStack asks only the MustacheParents it holds: a flag or a list is skipped, as here.
                if let found = try child(name, of: inner) { return found }
            }
            return nil
        }
        if type == [[String: Any]].self || type == [[String: String]].self || type == [Any].self || type == [String].self {
            return nil
        }
        throw NotReproduced()
    }

    /// `{{name}}` and `{{{name}}}`: a string, number or flag as `String(describing:)` spells it.
    private static func text(of value: Any) throws(NotReproduced) -> String {
        let type = Swift.type(of: value)
        if type == String.self { return value as! String }
        if type == Int.self { return String(value as! Int) }
        if type == Bool.self { return (value as! Bool) ? "true" : "false" }
        throw NotReproduced()
    }

    private mutating func escape(_ text: String, _ escaping: TemplateProgram.Escaping?) throws(NotReproduced) {
        switch escaping {
        case .docloc?:
            TemplateEscaping.escape(text, into: &out)
        case .other(let type)?:
            var escaped = type.escapeText(text)
            escaped.withUTF8 { out.append(contentsOf: $0) }
        case nil:
            // swift-mustache's default HTML escaping is internal to it.
            throw NotReproduced()
        }
    }
}
