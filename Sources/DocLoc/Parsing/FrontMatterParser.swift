import Yams
import Foundation

/// Parses front matter YAML into `FrontMatter`, keeping every key with its line.
///
/// Problems are `frontmatter-invalid` diagnostics: a YAML syntax error (with its line), a document that is not
/// a mapping, duplicate keys, aliases that expand past `maximumNodes` (a "billion laughs" bomb). When the YAML
/// cannot be read, simple `key: value` lines are still recovered so the article keeps its title.
struct FrontMatterParser {
    var file: String
    /// How many YAML nodes the front matter may expand to, aliases included.
    var maximumNodes = 10_000
    /// False: every front matter is read by Yams, even one `SimpleFrontMatter` reads (the reference, in tests).
    var readsSimpleShapes = true

    struct Result {
        var frontMatter: FrontMatter
        var diagnostics: [Diagnostic]
    }

    private struct BudgetExceeded: Error {}

    func parse(_ split: FrontMatterSplitter.Split) -> Result {
        var diagnostics: [Diagnostic] = []
        if split.unterminated {
            diagnostics.append(
                invalid(
                    line: 1, column: 1, "front matter opened by '---' on line 1 is never closed",
                    solutions: ["end the front matter with a line '---'"]))
            return Result(frontMatter: FrontMatter(), diagnostics: diagnostics)
        }
        guard let yaml = split.yaml, let openLine = split.openLine else {
            return Result(frontMatter: FrontMatter(), diagnostics: [])
        }
        let firstYAMLLine = openLine + 1
        var frontMatter = FrontMatter(entries: [], startLine: openLine, endLine: split.closeLine)
        if readsSimpleShapes, let entries = SimpleFrontMatter.entries(yaml, firstLine: firstYAMLLine, maximumNodes: maximumNodes) {
            frontMatter.entries = entries
            return Result(frontMatter: frontMatter, diagnostics: [])
        }
        let node: Node?
        do {
            // UTF-8 named, so Yams does not read the environment for every article (it did: 2% of a check).
            // Every value is read as text, so Yams' regular-expression tag resolution is not needed (and was 6% of a check).
            node = try Yams.compose(yaml: yaml, Resolver.basic, .default, .utf8)
        } catch {
            var (line, column, problem) = describe(error)
            if let duplicate = firstDuplicateKey(yaml) {
                (line, column, problem) = (duplicate.line, 1, "key '\(duplicate.key)' appears twice")
            }
            diagnostics.append(
                invalid(
                    line: firstYAMLLine + line - 1, column: column, "front matter is not valid YAML: \(problem)",
                    notes: ["simple 'key: value' lines were recovered; the rest of the front matter is ignored"]))
            frontMatter.entries = recoverSimpleEntries(yaml, firstLine: firstYAMLLine)
            return Result(frontMatter: frontMatter, diagnostics: diagnostics)
        }
        guard let node else { return Result(frontMatter: frontMatter, diagnostics: diagnostics) }
        guard case .mapping(let mapping) = node else {
            diagnostics.append(
                invalid(
                    line: firstYAMLLine + (node.mark?.line ?? 1) - 1, column: node.mark?.column ?? 1,
                    "front matter is a \(kindName(node)), not a mapping of keys to values"))
            return Result(frontMatter: frontMatter, diagnostics: diagnostics)
        }
        var budget = maximumNodes
        for (key, value) in mapping {
            let keyText = key.string ?? String(describing: key)
            let line = firstYAMLLine + (key.mark?.line ?? 1) - 1
            do {
                let converted = try convert(value, budget: &budget)
                frontMatter.entries.append(.init(key: keyText, value: converted, line: line))
            } catch {
                diagnostics.append(
                    invalid(
                        line: line, column: key.mark?.column ?? 1,
                        "front matter key '\(keyText)' expands to more than \(maximumNodes) YAML nodes (an alias bomb?)",
                        notes: ["the key is ignored"]))
                break
            }
        }
        return Result(frontMatter: frontMatter, diagnostics: diagnostics)
    }

    private func convert(_ node: Node, budget: inout Int) throws -> FrontMatterValue {
        budget -= 1
        if budget < 0 { throw BudgetExceeded() }
        switch node {
        case .scalar(let scalar):
            return scalar.style == .plain ? Self.plain(scalar.string) : .scalar(scalar.string)
        case .sequence(let sequence):
            return .list(try sequence.map { try convert($0, budget: &budget) })
        case .mapping(let mapping):
            var result: [String: FrontMatterValue] = [:]
            for (k, v) in mapping { result[k.string ?? ""] = try convert(v, budget: &budget) }
            return .mapping(result)
        case .alias:
            return .null
        }
    }

    /// An unquoted value: empty, `~` and the spellings of null are null, anything else the text.
    static func plain(_ text: String) -> FrontMatterValue {
        switch text {
        case "", "~", "null", "Null", "NULL": .null
        default: .scalar(text)
        }
    }

    private func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: "scalar"
        case .sequence: "list"
        case .mapping: "mapping"
        case .alias: "alias"
        }
    }

    private func describe(_ error: Error) -> (line: Int, column: Int, problem: String) {
        guard let yamlError = error as? YamlError else { return (1, 1, "\(error)") }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            // The context mark (where the unclosed construct began) is where a writer has to look.
            let at = context?.mark ?? mark
            return (at.line, at.column, text)
        case .reader(let problem, _, _, _):
            return (1, 1, problem)
        default:
            return (1, 1, "\(yamlError)")
        }
    }

    /// The second occurrence of a top-level key, which YAML rejects.
    private func firstDuplicateKey(_ yaml: String) -> (key: String, line: Int)? {
        var seen: Set<String> = []
        return Self.topLevelKeyLines(yaml).first { !seen.insert($0.key).inserted }.map { ($0.key, $0.offset + 1) }
    }

    /// `key: value` lines at the top level, for a front matter that YAML cannot read.
    private func recoverSimpleEntries(_ yaml: String, firstLine: Int) -> [FrontMatter.Entry] {
        var entries: [FrontMatter.Entry] = []
        var seen: Set<String> = []
        for (key, rest, offset) in Self.topLevelKeyLines(yaml) where !key.contains(" ") && seen.insert(key).inserted {
            var value = rest.trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = String(value.dropFirst().dropLast())
            }
            entries.append(.init(key: key, value: value.isEmpty ? .null : .scalar(value), line: firstLine + offset))
        }
        return entries
    }

    /// Lines that start a top-level `key:` (not indented, not a comment or list item): the key, the text after
    /// the colon, and the 0-based line offset.
    private static func topLevelKeyLines(_ yaml: String) -> [(key: String, rest: Substring, offset: Int)] {
        yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            guard let first = line.first, !" \t#-".contains(first), let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...], offset)
        }
    }

    private func invalid(
        line: Int, column: Int, _ summary: String, notes: [String] = [], solutions: [String] = []
    ) -> Diagnostic {
        Diagnostic(
            rule: RuleName.frontmatterInvalid, severity: .error, file: file,
            at: SourceLocation(line: line, column: column), summary: summary, notes: notes, solutions: solutions)
    }
}
