import Foundation
import Testing
@testable import DocLoc

/// A page's long lists are written a row at a time; the page must be byte for byte what Mustache renders whole, and a
/// template whose rows cannot be reproduced that way is left to Mustache (nil), never rendered differently.
@Suite struct StreamedRowsTests {
    private let scratch = ScratchFolder("streamed")

    /// A dashboard-like value tree: a list of locales, each with a lazily made list of rows that have nested lists,
    /// absent keys (looked up further out, as Mustache does) and text to escape.
    private func values(rows: Int, locales: [String] = ["nl-NL", "de-DE"]) -> [String: Any] {
        [
            "title": "Vertaalstatus <&>", "root": "../", "siteTitle": "Hulp",
            "locales": locales.map { locale -> [String: Any] in
                [
                    "tag": locale, "total": rows,
                    "rows": TemplateRows(count: rows) { index -> [String: Any] in
                        var row: [String: Any] = [
                            "path": "admin/\(locale)/artikel-\(index).md", "status": index % 3 == 0 ? "outdated" : "current",
                            "findings": (0..<(index % 3)).map { ["kind": "number", "message": "\($0) ≠ \(index) & <b>"] },
                        ]
                        if index % 2 == 0 { row["href"] = "\(locale)/artikel-\(index).html" }
                        return row
                    },
                ]
            },
        ]
    }

    private static let dashboard = """
        {{<layout}}
        {{$main}}
        <h1>{{title}}</h1>
        {{#locales}}
        <section id="{{tag}}"><h2>{{tag}} · {{total}}</h2>
        <table>
        {{#rows}}
        <tr class="row-{{status}}"><td>{{#href}}<a href="{{root}}{{href}}">{{path}}</a>{{/href}}{{^href}}{{path}}{{/href}}</td>
        <td>{{tag}}</td><td>{{#findings}}<code>{{kind}}</code> {{message}};{{/findings}}</td></tr>
        {{/rows}}
        {{^rows}}<tr><td>none</td></tr>{{/rows}}
        </table></section>
        {{/locales}}
        {{/main}}
        {{/layout}}
        """

    private func theme(_ templates: [String: String]) throws -> Theme {
        let folder = try scratch.folder()
        for (name, text) in templates { try text.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8) }
        return try Theme.load(overrides: folder)
    }

    @Test func rowsPutTogetherEqualTheWholePage() throws {
        let theme = try theme(["translation-status": Self.dashboard])
        for count in [1, 2, 3, 4, 50] {
            let values = values(rows: count)
            let streamed = StreamedRows(theme: theme, template: "translation-status", values: values).rendered()
            #expect(streamed != nil, "\(count) rows should stream")
            #expect(streamed == theme.mustacheOnly().render("translation-status", values))
        }
    }

    @Test func theBuiltInTemplatesStream() throws {
        let theme = try Theme.load(overrides: nil)
        let values = values(rows: 20)
        let streamed = StreamedRows(theme: theme, template: "translation-status", values: values).rendered()
        #expect(streamed != nil)
        #expect(streamed == theme.mustacheOnly().render("translation-status", values))
    }

    @Test func emptyListsStayWithMustache() throws {
        let theme = try theme(["translation-status": Self.dashboard])
        var values = values(rows: 5)
        var locales = values["locales"] as! [[String: Any]]
        locales[1]["rows"] = TemplateRows(count: 0) { _ in [:] }
        values["locales"] = locales
        let streamed = StreamedRows(theme: theme, template: "translation-status", values: values).rendered()
        #expect(streamed == theme.mustacheOnly().render("translation-status", values))
        #expect(streamed?.contains("<td>none</td>") == true)
        #expect(StreamedRows(theme: theme, template: "language-chooser", values: ["title": "x"]).rendered() == nil)
    }

    /// Rows that depend on their place in the list, an indented block, a list rendered twice, rows inside another
    /// object's section, changed delimiters: each either streams to the same bytes or is left to Mustache.
    @Test func templatesItCannotReproduceAreLeftWhole() throws {
        let variants: [String: String] = [
            "sequence": "{{#locales}}{{#rows}}{{#first()}}<first/>{{/first()}}{{index()}}:{{path}}\n{{/rows}}{{/locales}}",
            "twice": "{{#locales}}{{#rows}}{{path}}{{/rows}}|{{#rows}}{{status}}{{/rows}}{{/locales}}",
            "pushed": "{{#locales}}{{#extra}}{{#rows}}{{path}} {{label}}\n{{/rows}}{{/extra}}{{/locales}}",
            "delimiters": "{{#locales}}{{=<% %>=}}<%#rows%><%path%>\n<%/rows%><%={{ }}=%>{{/locales}}",
            "variable": "{{#locales}}[{{rows}}]{{#rows}}{{path}}{{/rows}}{{/locales}}",
        ]
        let layout = "<html>\n  {{$main}}{{/main}}\n</html>\n"
        var templates = variants
        templates["layout"] = layout
        templates["indented"] = "{{<layout}}{{$main}}\n{{#locales}}\n{{#rows}}\n<p>{{path}}</p>\n<p>{{status}}</p>\n{{/rows}}\n{{/locales}}\n{{/main}}{{/layout}}"
        let theme = try theme(templates)
        var values = values(rows: 6)
        values["locales"] = (values["locales"] as! [[String: Any]]).map { locale in
            var locale = locale
            locale["extra"] = ["label": "extra", "path": "shadowed"]
            return locale
        }
        for name in Array(variants.keys) + ["indented"] {
            // Rendered whole (nil) — as the README's templates section says of each of these.
            #expect(StreamedRows(theme: theme, template: name, values: values).rendered() == nil, "\(name)")
        }
        // Without the indentation the same rows stream, to Mustache's bytes.
        let flat = try self.theme(["indented": templates["indented"]!])
        let streamed = StreamedRows(theme: flat, template: "indented", values: values).rendered()
        #expect(streamed != nil)
        #expect(streamed == flat.mustacheOnly().render("indented", values))
    }

    @Test func writesTheFileAndItsDigest() throws {
        let theme = try theme(["translation-status": Self.dashboard])
        let values = values(rows: 500)
        let file = scratch.file("page.html")
        let digest = try StreamedRows(theme: theme, template: "translation-status", values: values).write(to: file)?.digest
        let whole = Array(theme.mustacheOnly().render("translation-status", values).utf8)
        #expect(FileManager.default.contents(atPath: file).map { [UInt8]($0) } == whole)
        #expect(digest == StableHasher.digest(whole))
    }
}
