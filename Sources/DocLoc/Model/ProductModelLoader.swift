import Foundation
import Yams

/// Reads and validates a product model file. Every mistake is a thrown `DocLocError.modelInvalid` with the
/// file, line and column: unknown keys, wrong types, duplicate ids, an fwlink to a missing node, a label
/// missing for a declared locale. A model that loads is one the checks can trust.
public struct ProductModelLoader: Sendable {
    /// How errors name the file (content-relative: `model/consent.yml`).
    public var file: String

    static let topKeys = ["feature", "title", "locales", "navigation", "links", "glossary", "fillers"]
    static let nodeKeys = ["id", "label", "formerly", "fwlink", "settings", "children"]
    static let settingKeys = ["id", "kind", "states", "label"]

    public init(file: String) {
        self.file = file
    }

    public func load(contentsOf url: URL) throws -> ProductModel {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DocLocError.fileNotFound(path: file)
        }
        return try load(text: String(decoding: data, as: UTF8.self))
    }

    public func load(text: String) throws -> ProductModel {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic)
        } catch {
            throw YAMLReader(file: file).invalid(1, 1, "the model is not valid YAML: \(error)")
        }
        let reader = YAMLReader(file: file)
        guard let root else { throw reader.invalid(1, 1, "the model file is empty") }
        let top = try reader.fields(root, "the model", known: Self.topKeys)
        guard let featureNode = top["feature"] else { throw reader.invalid(root, "the model needs a 'feature' name") }
        let feature = try reader.string(featureNode, "feature")
        let title = try top["title"].map { try reader.localized($0, "title") } ?? [:]
        let locales: [String]
        if let node = top["locales"] {
            locales = try reader.strings(node, "locales")
        } else {
            locales = title.keys.sorted()
        }
        if let titleNode = top["title"] { try requireLocales(title, locales, at: titleNode, what: "title") }
        guard let navigationNode = top["navigation"] else {
            throw reader.invalid(root, "the model needs a 'navigation' list")
        }
        var ids: [String: Int] = [:]
        let navigation = try reader.list(navigationNode, "navigation").map {
            try node($0, locales: locales, ids: &ids, reader: reader)
        }
        var fwlinks: [Int: String] = [:]
        var external: [String] = []
        if let links = top["links"] {
            let fields = try reader.fields(links, "links", known: ["fwlinks", "external"])
            if let map = fields["fwlinks"] {
                for (key, value) in try reader.mapping(map, "links.fwlinks") {
                    guard let id = Int(key.string ?? "") else {
                        throw reader.invalid(key, "fwlink id '\(key.string ?? "")' is not a number")
                    }
                    let target = try reader.string(value, "links.fwlinks.\(id)")
                    guard ids[target] != nil else {
                        throw reader.invalid(value, "fwlink \(id) points to node '\(target)', which the navigation does not define")
                    }
                    fwlinks[id] = target
                }
            }
            if let list = fields["external"] { external = try reader.strings(list, "links.external") }
        }
        let glossary = try top["glossary"].map { try reader.strings($0, "glossary") } ?? []
        var fillers: [String: [String]] = [:]
        if let node = top["fillers"] {
            for (key, value) in try reader.mapping(node, "fillers") {
                let locale = key.string ?? ""
                guard locales.contains(locale) else {
                    throw reader.invalid(key, "fillers for '\(locale)', which the model does not declare (locales: \(locales.joined(separator: ", ")))")
                }
                fillers[locale] = try reader.strings(value, "fillers.\(locale)")
            }
        }
        let model = ProductModel(
            file: file, feature: feature, title: title, locales: locales, navigation: navigation, fwlinks: fwlinks,
            external: external, glossary: glossary, fillers: fillers)
        try checkFwlinkConflicts(model, navigationNode: navigationNode, reader: reader)
        return model
    }

    private func node(_ yaml: Node, locales: [String], ids: inout [String: Int], reader: YAMLReader) throws -> NavigationNode {
        let fields = try reader.fields(yaml, "a navigation node", known: Self.nodeKeys)
        guard let idNode = fields["id"] else { throw reader.invalid(yaml, "a navigation node needs an 'id'") }
        let id = try reader.string(idNode, "id")
        let line = idNode.mark?.line ?? 1
        if let first = ids[id] {
            throw reader.invalid(idNode, "duplicate node id '\(id)' (first defined on line \(first))")
        }
        ids[id] = line
        guard let labelNode = fields["label"] else { throw reader.invalid(yaml, "node '\(id)' needs a 'label'") }
        let label = try reader.localized(labelNode, "\(id).label")
        try requireLocales(label, locales, at: labelNode, what: "node '\(id)'")
        var formerly: [String: [String]] = [:]
        if let node = fields["formerly"] {
            for (key, value) in try reader.mapping(node, "\(id).formerly") {
                let locale = key.string ?? ""
                guard locales.contains(locale) else {
                    throw reader.invalid(key, "node '\(id)' has old labels for '\(locale)', which the model does not declare (locales: \(locales.joined(separator: ", ")))")
                }
                formerly[locale] = try reader.strings(value, "\(id).formerly.\(locale)")
            }
        }
        let fwlinks = try fields["fwlink"].map { try reader.integers($0, "\(id).fwlink") } ?? []
        let settings = try fields["settings"].map { list in
            try reader.list(list, "\(id).settings").map { try setting($0, locales: locales, reader: reader) }
        } ?? []
        let children = try fields["children"].map { list in
            try reader.list(list, "\(id).children").map { try node($0, locales: locales, ids: &ids, reader: reader) }
        } ?? []
        return NavigationNode(
            id: id, label: label, formerly: formerly, fwlinks: fwlinks, settings: settings, children: children, line: line)
    }

    private func setting(_ yaml: Node, locales: [String], reader: YAMLReader) throws -> ModelSetting {
        let fields = try reader.fields(yaml, "a setting", known: Self.settingKeys)
        guard let idNode = fields["id"], let kindNode = fields["kind"] else {
            throw reader.invalid(yaml, "a setting needs an 'id' and a 'kind'")
        }
        let id = try reader.string(idNode, "id")
        let label = try fields["label"].map { try reader.localized($0, "\(id).label") } ?? [:]
        if let node = fields["label"] { try requireLocales(label, locales, at: node, what: "setting '\(id)'") }
        return ModelSetting(
            id: id, kind: try reader.string(kindNode, "\(id).kind"),
            states: try fields["states"].map { try reader.strings($0, "\(id).states") } ?? [],
            label: label, line: idNode.mark?.line ?? 1)
    }

    private func requireLocales(_ labels: [String: String], _ locales: [String], at node: Node, what: String) throws {
        let reader = YAMLReader(file: file)
        for locale in locales where (labels[locale] ?? "").isEmpty {
            throw reader.invalid(node, "\(what) has no label for '\(locale)', a locale the model declares")
        }
        for locale in labels.keys.sorted() where !locales.contains(locale) {
            throw reader.invalid(node, "\(what) has a label for '\(locale)', which the model does not declare (locales: \(locales.joined(separator: ", ")))")
        }
    }

    /// An fwlink declared on two different nodes, or on a node and in `links.fwlinks` for another node.
    private func checkFwlinkConflicts(_ model: ProductModel, navigationNode: Node, reader: YAMLReader) throws {
        var owner: [Int: NavigationNode] = [:]
        var stack = model.navigation
        while let node = stack.popLast() {
            stack += node.children
            for id in node.fwlinks {
                if let other = owner[id], other.id != node.id {
                    throw reader.invalid(max(node.line, other.line), 1, "fwlink \(id) is declared on both '\(other.id)' and '\(node.id)'")
                }
                owner[id] = node
            }
        }
        for (id, node) in owner where model.fwlinks[id] != node.id {
            throw reader.invalid(node.line, 1, "fwlink \(id) is declared on '\(node.id)' but 'links.fwlinks' sends it to '\(model.fwlinks[id] ?? "")'")
        }
    }
}
