import Foundation
import Mustache

/// The templates and assets pages are made with. The default theme is compiled into docloc
/// (`EmbeddedTheme`, generated from `templates/`), so `docloc build` works from any directory; a templates
/// folder overrides any of its files and may add partials. A template that does not parse stops the build
/// with the file and line.
public struct Theme: Sendable {
    /// The templates every theme has, by name (file name without `.mustache`).
    public static let templateNames = ["layout", "article", "locale-index", "language-chooser", "translation-status"]
    /// Files copied to `<out>/assets/`.
    public static let assetNames = ["style.css", "search.js"]

    let library: MustacheLibrary
    /// The library's templates as docloc renders them (`TemplateProgram`); swift-mustache renders what they do not.
    private(set) var programs: TemplateProgram.Library
    /// False: every page goes through swift-mustache (`mustacheOnly()`).
    private(set) var compiles = true
    /// Row templates parsed once (`row(_:)`).
    private var rows = RowTemplateCache()
    /// Asset file name → bytes.
    public let assets: [String: [UInt8]]
    /// Where each template came from (a path, or `built-in:name`), for messages.
    public let origins: [String: String]
    /// SHA-256 of every template and asset (name and text): part of each page's build-cache key.
    public let fingerprint: String

    /// The built-in theme with the files of `overrides` (when given) laid over it.
    public static func load(overrides: URL?) throws -> Theme {
        var sources: [String: (text: String, origin: String)] = [:]
        for (file, text) in EmbeddedTheme.files { sources[file] = (text, "built-in:" + file) }
        if let overrides {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw DocLocError.templateMissing(path: overrides.path)
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: overrides.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") || assetNames.contains(name) {
                let url = overrides.appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: url.path) else { continue }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw DocLocError.templateInvalid(file: url.path, line: 1, message: "not UTF-8 text")
                }
                sources[name] = (text, url.path)
            }
        }
        TemplateEscaping.register()
        var library = MustacheLibrary()
        var assets: [String: [UInt8]] = [:]
        var origins: [String: String] = [:]
        var hasher = StableHasher()
        var templates: [String: MustacheTemplate] = [:]
        for (file, source) in sources.sorted(by: { $0.key < $1.key }) {
            hasher.add(file)
            hasher.add(source.text)
            if file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                do {
                    let template = try MustacheTemplate(string: TemplateEscaping.pragma + source.text)
                    library.register(template, named: name)
                    templates[name] = template
                } catch let error as MustacheTemplate.ParserError {
                    // The pragma stands at the start of line 1: columns there are counted without it.
                    let line = error.context.lineNumber
                    let column = error.context.columnNumber - (line == 1 ? TemplateEscaping.pragma.count : 0)
                    throw DocLocError.templateInvalid(
                        file: source.origin, line: line, message: "\(error.error) (column \(max(column, 1)))")
                }
                origins[name] = source.origin
            } else {
                assets[file] = Array(source.text.utf8)
                origins[file] = source.origin
            }
        }
        for name in templateNames where library.getTemplate(named: name) == nil {
            throw DocLocError.templateMissing(path: name + ".mustache")
        }
        let theme = Theme(library: library, assets: assets, origins: origins, fingerprint: hasher.finalize())
        // Rendering one would overflow the stack: stopped here, with the file and the tag.
        if let recursion = TemplateRecursion.find(in: templates, programs: theme.programs.programs),
            let source = sources[recursion.template + ".mustache"]
        {
            let (line, column) = recursion.location(in: source.text)
            throw DocLocError.templateInvalid(file: source.origin, line: line, message: "\(recursion) (column \(column))")
        }
        return theme
    }

    init(library: MustacheLibrary, assets: [String: [UInt8]], origins: [String: String], fingerprint: String) {
        self.library = library
        var programs = TemplateProgram.Library(programs: [:], templates: library)
        for name in origins.keys {
            if let template = library.getTemplate(named: name), let program = TemplateProgram(template) {
                programs.programs[name] = program
            }
        }
        self.programs = programs
        self.assets = assets
        self.origins = origins
        self.fingerprint = fingerprint
    }

    /// The default templates folder: `templates` in the current directory when it exists.
    public static func defaultOverrides(currentDirectory: URL) -> URL? {
        let url = currentDirectory.appendingPathComponent("templates")
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
        return exists ? url : nil
    }

    /// Renders a page template with a context of dictionaries, arrays, strings and booleans.
    public func render(_ template: String, _ context: [String: Any]) -> String {
        if let bytes = programs.programs[template]?.render(context, library: programs) {
            return String(decoding: bytes, as: UTF8.self)
        }
        return library.render(context, withTemplate: template) ?? ""
    }

    /// The same page as its UTF-8 bytes; `capacity`: about how many there will be.
    func renderBytes(_ template: String, _ context: [String: Any], capacity: Int = 4096) -> [UInt8] {
        if let bytes = programs.programs[template]?.render(context, library: programs, capacity: capacity) {
            return bytes
        }
        return Array((library.render(context, withTemplate: template) ?? "").utf8)
    }

    /// A row's template cut from a page's template (`StreamedRows`), with its program (nil: swift-mustache renders
    /// it); nil when the text does not parse.
    func row(_ text: String) -> RowTemplateCache.Row? {
        rows.row(text, compiles: compiles)
    }

    /// This theme with every page rendered by swift-mustache alone: the reference the programs must equal (tests).
    func mustacheOnly() -> Theme {
        var theme = self
        theme.programs = TemplateProgram.Library(programs: [:], templates: library)
        theme.compiles = false
        theme.rows = RowTemplateCache()
        return theme
    }

    /// A template (a row's, cut from a page's template) rendered over `root`, with this theme's partials.
    func render(_ template: MustacheTemplate, program: TemplateProgram?, root: Any) -> String {
        if let bytes = program?.render(root, library: programs) { return String(decoding: bytes, as: UTF8.self) }
        return template.render(root, library: library)
    }
}
