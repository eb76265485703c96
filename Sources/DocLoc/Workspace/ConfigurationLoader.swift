import Foundation
import Yams

/// Reads docloc.yml. Unknown keys and wrong types are errors with file:line, because a typo in a pipeline's
/// configuration must not silently turn a check off.
///
/// Composed with Yams' basic resolver, as front matter, the model and the glossary are: every value is read as
/// text (`Node.string`, `.int`), so implicit tags add nothing, and the default resolver compiles a dozen regular
/// expressions on first use — ~2 ms of every run, most of an incremental build's YAML.
struct ConfigurationLoader {
    static let fileName = "docloc.yml"
    private static let topKeys: Set<String> = ["source", "translations", "model", "site", "limits", "rules", "overrides"]

    var root: URL

    func load() throws -> Configuration {
        let url = root.appendingPathComponent(Self.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return inferred() }
        let text = String(decoding: data, as: UTF8.self)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, Resolver.basic)
        } catch {
            throw invalid(1, 1, "docloc.yml is not valid YAML: \(error)")
        }
        guard let node else { return inferred() }
        guard case .mapping(let mapping) = node else { throw invalid(node, "docloc.yml must be a mapping of keys") }
        var config = Configuration()
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "source": config.source = try string(value, key)
            case "translations": config.translations = try strings(value, key)
            case "model": config.model = try string(value, key)
            case "site":
                for (k, v) in try map(value, key) {
                    switch k.string ?? "" {
                    case "title": config.siteTitle = try string(v, "site.title")
                    case "baseURL": config.baseURL = try string(v, "site.baseURL")
                    default: throw invalid(k, "unknown key 'site.\(k.string ?? "")' (known: title, baseURL)")
                    }
                }
            case "limits":
                for (k, v) in try map(value, key) {
                    guard k.string == "maxFileSize", let n = v.int, n > 0 else {
                        throw invalid(k, "unknown or invalid key 'limits.\(k.string ?? "")' (known: maxFileSize, a positive number of bytes)")
                    }
                    config.maximumFileSize = n
                }
            case "rules":
                config.ruleSettings += try ruleSettings(value, paths: [])
            case "overrides":
                guard case .sequence(let items) = value else { throw invalid(value, "'overrides' must be a list") }
                for item in items {
                    var paths: [String] = []
                    var rules: Node?
                    for (k, v) in try map(item, "overrides[]") {
                        switch k.string ?? "" {
                        case "paths": paths = try strings(v, "paths")
                        case "rules": rules = v
                        default: throw invalid(k, "unknown key '\(k.string ?? "")' in an override (known: paths, rules)")
                        }
                    }
                    if let rules { config.ruleSettings += try ruleSettings(rules, paths: paths) }
                }
            default:
                throw invalid(keyNode, "unknown key '\(key)' (known: \(Self.topKeys.sorted().joined(separator: ", ")))")
            }
        }
        return config
    }

    /// No docloc.yml: en-US (or the first locale folder) is the source, every other locale folder a translation.
    func inferred() -> Configuration {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        let locales = names.filter { LocaleTag.isLocaleTag($0) && isDirectory($0) }.sorted()
        let source = locales.contains("en-US") ? "en-US" : (locales.first ?? "en-US")
        let model = FileManager.default.fileExists(atPath: root.appendingPathComponent("model/consent.yml").path)
            ? "model/consent.yml" : nil
        return Configuration(source: source, translations: locales.filter { $0 != source }, model: model, isInferred: true)
    }

    private func isDirectory(_ name: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path, isDirectory: &isDir) && isDir.boolValue
    }

    private func ruleSettings(_ node: Node, paths: [String]) throws -> [RuleSetting] {
        var result: [RuleSetting] = []
        for (k, v) in try map(node, "rules") {
            let rule = k.string ?? ""
            let value = try string(v, rule).lowercased()
            let severity: Severity?
            if value == "off" || value == "false" || value == "none" {
                severity = nil
            } else if let s = Severity(rawValue: value) {
                severity = s
            } else {
                throw invalid(v, "rule '\(rule)' has severity '\(value)'; use error, warning, note or off")
            }
            result.append(RuleSetting(rule: rule, severity: severity, paths: paths, line: k.mark?.line ?? 1))
        }
        return result
    }

    private func string(_ node: Node, _ key: String) throws -> String {
        guard let s = node.string else { throw invalid(node, "'\(key)' must be a string") }
        return s
    }

    private func strings(_ node: Node, _ key: String) throws -> [String] {
        if let s = node.string { return [s] }
        guard case .sequence(let items) = node else { throw invalid(node, "'\(key)' must be a list of strings") }
        return try items.map { try string($0, key) }
    }

    private func map(_ node: Node, _ key: String) throws -> Node.Mapping {
        guard case .mapping(let m) = node else { throw invalid(node, "'\(key)' must be a mapping") }
        return m
    }

    private func invalid(_ node: Node, _ message: String) -> DocLocError {
        invalid(node.mark?.line ?? 1, node.mark?.column ?? 1, message)
    }

    private func invalid(_ line: Int, _ column: Int, _ message: String) -> DocLocError {
        .configurationInvalid(file: Self.fileName, line: line, column: column, message: message)
    }
}
