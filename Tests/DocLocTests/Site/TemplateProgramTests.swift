import Foundation
import Mustache
import Testing
@testable import DocLoc

/// docloc renders its templates itself (`TemplateProgram`), from swift-mustache's parse; swift-mustache is the
/// reference. Every case renders both ways and must give the same bytes — and must have been rendered by the program
/// where it says it can, or left to swift-mustache (nil) where it cannot, never rendered differently.
@Suite struct TemplateProgramTests {
    private func theme(_ templates: [String: String]) throws -> Theme {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-program-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in templates { try text.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8) }
        return try Theme.load(overrides: folder)
    }

    /// The program's page and swift-mustache's.
    private func both(_ theme: Theme, _ name: String, _ values: Any) throws -> (program: String?, mustache: String) {
        let program = try #require(theme.programs.programs[name], "\(name) has no program")
        let bytes = program.render(values, library: theme.programs)
        let reference = theme.mustacheOnly()
        return (bytes.map { String(decoding: $0, as: UTF8.self) }, reference.library.render(values, withTemplate: name) ?? "")
    }

    private static var values: [String: Any] {
        [
        "title": "Gebruikers <toestemming> & \"apps\" 'nu'", "count": 42, "yes": true, "no": false, "empty": "",
        "site": ["name": "Hulp", "owner": ["team": "Docs & co"] as [String: Any]] as [String: Any],
        "links": [["href": "a.html", "text": "A <1>"], ["text": "B, geen link"]] as [[String: String]],
        "tags": ["één", "twee & drie"],
        "mixed": ["tekst", 7, true, ["text": "dict"] as [String: String]] as [Any],
        "nothing": [[String: Any]](),
        "sections": [
            ["heading": "Eerste", "items": [["text": "x", "level": 2], ["text": "y", "level": 3]] as [[String: Any]]],
            ["heading": "Tweede", "items": [[String: Any]](), "title": "binnen"],
        ] as [[String: Any]],
        "rows": TemplateRows(count: 3) { ["path": "artikel-\($0).md", "even": $0 % 2 == 0] },
        "noRows": TemplateRows(count: 0) { _ in [:] },
        ]
    }

    /// Standalone tags, escaping, dotted and `.` names, names found further out, every kind of value and section.
    @Test func reproducesSwiftMustacheOnEveryKindOfValueAndSection() throws {
        let cases: [String: String] = [
            "scalars": "<p title=\"{{title}}\">{{{title}}} {{&title}} {{count}} {{yes}} {{no}} [{{empty}}] [{{missing}}]</p>\n",
            "dotted": "{{site.name}} · {{site.owner.team}} · {{.title}} · {{site.missing.x}} · {{title.count}}\n",
            "lists": """
                <ul>
                {{#links}}
                  <li>{{#href}}<a href="{{href}}">{{text}}</a>{{/href}}{{^href}}{{text}} ({{title}}){{/href}}</li>
                {{/links}}
                </ul>
                {{#tags}}[{{.}}]{{/tags}}
                {{#mixed}}<{{text}}|{{count}}>{{/mixed}}

                """,
            "nested": """
                {{#sections}}
                <h2>{{heading}} — {{title}}</h2>
                {{#items}}
                <p class="l{{level}}">{{text}} in {{heading}}</p>
                {{/items}}
                {{^items}}
                <p>leeg: {{heading}}</p>
                {{/items}}
                {{/sections}}

                """,
            "flags": "{{#yes}}ja {{title}}{{/yes}}{{^yes}}nee{{/yes}}{{#no}}X{{/no}}{{^no}}niet{{/no}}{{#empty}}[leeg: {{.}}]{{/empty}}"
                + "{{#count}}<{{.}}>{{/count}}{{^missing}}ontbreekt{{/missing}}{{#missing}}X{{/missing}}\r\n",
            "inverted": "{{^nothing}}niets {{title}}{{/nothing}}{{^noRows}}geen rijen{{/noRows}}{{^tags}}X{{/tags}}\n",
            "rows": "{{#rows}}\n{{path}}{{#even}} (even){{/even}}\n{{/rows}}\n",
            "comments": "a {{! weg }} b\n  {{! standalone }}\nc {{=<% %>=}} <% title %> <%={{ }}=%> {{count}}\n",
            "text-type": "{{% CONTENT_TYPE: TEXT}}{{title}}\n",
            "html-default-partial": "{{>scalars}}",
        ]
        let theme = try theme(cases)
        for name in cases.keys.sorted() {
            let (program, mustache) = try both(theme, name, Self.values)
            #expect(program == mustache, "\(name)")
            #expect(!mustache.isEmpty, "\(name)")
        }
    }

    /// Partials and parents with blocks, as the built-in article page uses them, nested and overridden.
    @Test func reproducesPartialsParentsAndBlocks() throws {
        let theme = try theme([
            "frame": "<main>\n{{$main}}standaard {{title}}{{/main}}\n</main>\n{{$foot}}voet{{/foot}}\n",
            "page": "{{<frame}}\n{{$main}}\n<h1>{{title}}</h1>\n{{>item}}\n{{/main}}\n{{/frame}}\n",
            "plain": "{{<frame}}{{/frame}}",
            "deeper": "{{<page}}\n{{$foot}}eigen voet {{count}}{{/foot}}\n{{/page}}\n",
            "item": "<p>{{site.name}}</p>\n",
            "absent": "voor {{>doesNotExist}} na\n",
        ])
        for name in ["page", "plain", "deeper", "absent"] {
            let (program, mustache) = try both(theme, name, Self.values)
            #expect(program == mustache, "\(name)")
        }
        let builtIn = try Theme.load(overrides: nil)
        #expect(Set(builtIn.programs.programs.keys) == Set(Theme.templateNames), "every built-in template has a program")
    }

    /// What the program does not reproduce is left to swift-mustache: `render` gives nil, the theme's page is still
    /// swift-mustache's.
    @Test func givesUpOnWhatItDoesNotReproduce() throws {
        let theme = try theme([
            "indented": "<ul>\n  {{>item}}\n</ul>\n",
            "item": "<li>{{title}}</li>\n<li>{{count}}</li>\n",
            "double": "{{number}}",
            "lambda": "{{#wrap}}x{{/wrap}}",
        ])
        var values = Self.values
        values["number"] = 1.5
        values["wrap"] = MustacheLambda { "[" + $0 + "]" }
        for name in ["indented", "double", "lambda"] {
            let program = try #require(theme.programs.programs[name])
            #expect(program.render(values, library: theme.programs) == nil, "\(name)")
            #expect(theme.render(name, values) == theme.mustacheOnly().render(name, values), "\(name)")
        }
        let transforms = try MustacheTemplate(string: TemplateEscaping.pragma + "{{uppercased(title)}}")
        #expect(TemplateProgram(transforms) == nil)
    }

    /// A row rendered over the dictionaries around it (`TemplateStack`), as `StreamedRows` does.
    @Test func rendersOverATemplateStack() throws {
        let theme = try Theme.load(overrides: nil)  // registers the content type
        let template = try MustacheTemplate(string: TemplateEscaping.pragma + "<td>{{path}} {{title}} {{site.name}} {{missing}}</td>\n")
        let program = try #require(TemplateProgram(template))
        let stack = TemplateStack(objects: [Self.values, ["path": "a/b.md", "title": "rij <1>"] as [String: Any]])
        let bytes = try #require(program.render(stack, library: theme.programs))
        #expect(String(decoding: bytes, as: UTF8.self) == template.render(stack, library: theme.library))
    }

    /// Row templates cut from a page's template are parsed once per theme, with a program unless the theme renders
    /// through swift-mustache alone; a text that does not parse gives nil.
    @Test func rowTemplatesAreParsedOncePerTheme() throws {
        let theme = try Theme.load(overrides: nil)
        let text = "<td>{{path}} {{title}}</td>\n"
        let row = try #require(theme.row(text))
        #expect(row.program != nil)
        #expect(row.template.description == TemplateEscaping.pragma + text)
        #expect(theme.row(text)?.template.description == row.template.description)
        #expect(theme.mustacheOnly().row(text).map { $0.program == nil } == true)
        #expect(theme.row("{{#unclosed}}") == nil)
    }

    /// A whole site, built with the programs and with swift-mustache alone: the same files, byte for byte.
    @Test func siteIsTheSameAsSwiftMustacheRendersIt() throws {
        let theme = try Theme.load(overrides: nil)
        let fast = try SiteBuildTests.scenario()
        try fast.build(outdated: ["nl-NL/guide/workflow.md": "A section <b>added</b> & more"], theme: theme)
        let reference = try SiteBuildTests.scenario()
        try reference.build(outdated: ["nl-NL/guide/workflow.md": "A section <b>added</b> & more"], theme: theme.mustacheOnly())
        let pages = try fast.snapshot()
        #expect(pages.count > 5)
        let expected = try reference.snapshot()
        #expect(pages.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in pages.sorted(by: { $0.key < $1.key }) where path != ".docloc-cache" {
            #expect(bytes == expected[path], "\(path)")
        }
    }
}
