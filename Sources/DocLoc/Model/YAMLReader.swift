import Yams

/// Typed reads from a Yams node tree that fail with `DocLocError.modelInvalid` at the node's file:line:column.
struct YAMLReader {
    var file: String

    func invalid(_ node: Node, _ message: String) -> DocLocError {
        invalid(node.mark?.line ?? 1, node.mark?.column ?? 1, message)
    }

    func invalid(_ line: Int, _ column: Int, _ message: String) -> DocLocError {
        .modelInvalid(file: file, line: line, column: column, message: message)
    }

    func mapping(_ node: Node, _ what: String) throws -> Node.Mapping {
        guard case .mapping(let m) = node else { throw invalid(node, "'\(what)' must be a mapping") }
        return m
    }

    /// A mapping's values by key; a key outside `known` or given twice is an error.
    func fields(_ node: Node, _ what: String, known: [String]) throws -> [String: Node] {
        var result: [String: Node] = [:]
        for (key, value) in try mapping(node, what) {
            let name = key.string ?? ""
            guard known.contains(name) else {
                throw invalid(key, "unknown key '\(name)' in \(what) (known: \(known.joined(separator: ", ")))")
            }
            guard result[name] == nil else { throw invalid(key, "key '\(name)' appears twice in \(what)") }
            result[name] = value
        }
        return result
    }

    func list(_ node: Node, _ what: String) throws -> [Node] {
        guard case .sequence(let items) = node else { throw invalid(node, "'\(what)' must be a list") }
        return Array(items)
    }

    func string(_ node: Node, _ what: String) throws -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            throw invalid(node, "'\(what)' must be a non-empty string")
        }
        return scalar.string
    }

    /// A list of strings, or one string.
    func strings(_ node: Node, _ what: String) throws -> [String] {
        if case .scalar = node { return [try string(node, what)] }
        return try list(node, what).map { try string($0, what) }
    }

    /// A number, or a list of numbers.
    func integers(_ node: Node, _ what: String) throws -> [Int] {
        let items: [Node] = if case .sequence(let s) = node { Array(s) } else { [node] }
        return try items.map { item in
            guard let n = Int(try string(item, what)) else { throw invalid(item, "'\(what)' must be a number") }
            return n
        }
    }

    /// `{ en-US: Settings, nl-NL: Instellingen }`.
    func localized(_ node: Node, _ what: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in try mapping(node, what) {
            let locale = key.string ?? ""
            guard LocaleTag.isLocaleTag(locale) else {
                throw invalid(key, "'\(locale)' in '\(what)' is not a locale tag like en-US")
            }
            guard result[locale] == nil else { throw invalid(key, "locale '\(locale)' appears twice in '\(what)'") }
            result[locale] = try string(value, "\(what).\(locale)")
        }
        return result
    }
}
