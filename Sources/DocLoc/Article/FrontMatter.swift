/// The YAML front matter of an article: every key in file order, with its line, plus typed access to the
/// `ms.*` keys the rest of docloc reads.
public struct FrontMatter: Hashable, Codable, Sendable {
    public struct Entry: Hashable, Codable, Sendable {
        public var key: String
        public var value: FrontMatterValue
        /// The line of the key in the real file.
        public var line: Int
    }

    public var entries: [Entry]
    /// The line of the opening `---`, or nil when the file has no front matter.
    public var startLine: Int?
    /// The line of the closing `---`.
    public var endLine: Int?

    public init(entries: [Entry] = [], startLine: Int? = nil, endLine: Int? = nil) {
        self.entries = entries
        self.startLine = startLine
        self.endLine = endLine
    }

    public subscript(key: String) -> FrontMatterValue? { entries.first { $0.key == key }?.value }
    public func line(of key: String) -> Int? { entries.first { $0.key == key }?.line }
    public func string(_ key: String) -> String? { self[key]?.scalarText }

    public var title: String? { string("title") }
    public var description: String? { string("description") }
    public var assetID: String? { string("ms.assetid") }
    public var contentLocale: String? { string("ms.contentlocale") }
    public var translationType: String? { string("ms.translationtype") }
    public var openLocFileHash: String? { string("ms.openlocfilehash") }
    public var sourceGitCommit: String? { string("ms.sourcegitcommit") }
    public var lastHandoff: String? { string("ms.lasthandoff") }
    public var locFileID: String? { string("ms.locfileid") }
    /// `ms.translationtype: MT`.
    public var isMachineTranslated: Bool { translationType?.uppercased() == "MT" }
}

/// A YAML value from front matter, reduced to what Markdown front matter holds.
public indirect enum FrontMatterValue: Hashable, Codable, Sendable {
    case scalar(String)
    case list([FrontMatterValue])
    case mapping([String: FrontMatterValue])
    case null

    /// The text of a scalar; nil for lists, mappings and null.
    public var scalarText: String? {
        if case .scalar(let s) = self { s } else { nil }
    }

    /// Scalars of a list (or the one scalar), for keys like `ms.collection` that may be either.
    public var scalarList: [String] {
        switch self {
        case .scalar(let s): [s]
        case .list(let items): items.compactMap(\.scalarText)
        default: []
        }
    }
}
