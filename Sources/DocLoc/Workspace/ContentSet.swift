import Foundation

/// Everything docloc read from a content directory: its configuration, every article parsed (sorted by
/// path), the diagnostics of reading and parsing, and the translation pairs.
public struct ContentSet: Sendable {
    public var root: URL
    public var configuration: Configuration
    public var documents: [Document]
    public var diagnostics: [Diagnostic]
    public var pairs: [TranslationPair]
    /// Files found but not read (outside the tree, not regular files), by content-relative path.
    public var skipped: [String]
    /// The product model's UI-path resolver, when the content set has a model.
    public var uiPathResolver: (any UIPathResolving)?
    /// The product model (navigation, fwlinks, known external links, glossary), when the content set has one.
    public var model: ProductModel?

    private var indexByPath: [String: Int]

    public init(
        root: URL, configuration: Configuration, documents: [Document], diagnostics: [Diagnostic],
        pairs: [TranslationPair], skipped: [String] = []
    ) {
        self.root = root
        self.configuration = configuration
        self.documents = documents
        self.diagnostics = diagnostics
        self.pairs = pairs
        self.skipped = skipped
        self.indexByPath = Dictionary(documents.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The document at a content-relative path (`nl-NL/admin/x.md`).
    public func document(at path: String) -> Document? {
        indexByPath[path].map { documents[$0] }
    }

    public func documents(in locale: String) -> [Document] {
        documents.filter { $0.locale == locale }
    }

    /// Whether a content-relative file exists (images, includes), case-sensitively.
    public func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
    }
}
