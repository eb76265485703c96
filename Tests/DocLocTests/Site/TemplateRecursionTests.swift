import Foundation
import Mustache
import Testing
@testable import DocLoc

/// A template that includes itself would overflow the stack (SIGSEGV, no message) in swift-mustache and in
/// `TemplateProgram` alike; `TemplateRecursion` finds it before anything is rendered.
@Suite struct TemplateRecursionTests {
    /// Found from the tokens (swift-mustache's, as for a template without a program) and from the programs: the
    /// same either way.
    private func recursion(_ texts: [String: String]) throws -> TemplateRecursion? {
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in texts { templates[name] = try MustacheTemplate(string: text) }
        let programs = templates.compactMapValues { TemplateProgram($0) }
        #expect(programs.count == templates.count)
        let fromTokens = TemplateRecursion.find(in: templates)
        #expect(TemplateRecursion.find(in: templates, programs: programs) == fromTokens)
        return fromTokens
    }

    @Test func aPartialThatIncludesItselfIsFound() throws {
        let found = try #require(try recursion(["page": "<p>{{>page}}</p>"]))
        #expect(found.template == "page")
        #expect(found.tag == "{{>page}}")
        #expect(found.path == ["page", "page"])
    }

    @Test func aRecursionThroughOtherPartialsAndSectionsIsFound() throws {
        // A section does not stop it: the name it looks up is found again, further out, at every level.
        let found = try #require(
            try recursion(["a": "{{#toc}}{{>b}}{{/toc}}", "b": "{{^flag}}{{>c}}{{/flag}}", "c": "x {{>a}}", "d": "{{>a}}"]))
        #expect(found.path == ["a", "b", "c", "a"])
        #expect(found.tag == "{{>b}}")
    }

    @Test func aBlockThatExpandsItselfIsFound() throws {
        // Inside layout's `main`, which article overrides: `{{$main}}` there is the override again.
        let direct = try #require(
            try recursion(["layout": "<main>{{$main}}default{{/main}}</main>", "article": "{{<layout}}{{$main}}[{{$main}}x{{/main}}]{{/main}}{{/layout}}"]))
        #expect(direct.template == "article")
        #expect(direct.path.last == "article's block 'main'")
        // Through a partial named in the override: the partial's own `{{$main}}` is the override too.
        let throughPartial = try #require(
            try recursion([
                "layout": "{{$main}}{{/main}}", "box": "<div>{{$main}}{{/main}}</div>",
                "article": "{{<layout}}{{$main}}{{>box}}{{/main}}{{/layout}}",
            ]))
        #expect(throughPartial.path.contains("box"))
        // A parent of the same layout inside the override: the outer override wins, so it is entered again.
        let reentered = try #require(
            try recursion(["layout": "{{$main}}{{/main}}", "article": "{{<layout}}{{$main}}{{<layout}}{{$main}}y{{/main}}{{/layout}}{{/main}}{{/layout}}"]))
        #expect(reentered.path == ["layout", "article's block 'main'", "layout"])
    }

    @Test func themesThatOnlyShareTemplatesAreNotRecursive() throws {
        // The same partial reached by two paths, parents two deep with their blocks, a missing partial, a block
        // that shows its default: all end.
        #expect(
            try recursion([
                "a": "{{>b}}{{>c}}{{>missing}}", "b": "{{>d}}", "c": "{{#x}}{{>d}}{{/x}}", "d": "leaf",
                "frame": "<main>{{$main}}standaard{{/main}}</main>{{$foot}}voet{{/foot}}",
                "page": "{{<frame}}{{$main}}<h1>{{title}}</h1>{{>d}}{{/main}}{{/frame}}",
                "deeper": "{{<page}}{{$foot}}eigen {{>a}}{{/foot}}{{/page}}",
            ]) == nil)
        #expect(try recursion(Dictionary(uniqueKeysWithValues: EmbeddedTheme.files.compactMap { file, text in
            file.hasSuffix(".mustache") ? (String(file.dropLast(".mustache".count)), text) : nil
        })) == nil, "the built-in theme")
    }

    @Test func theTagIsLocatedInTheTemplatesText() throws {
        let found = try #require(try recursion(["article": "<p>\n  a {{>  article }}\n"]))
        #expect(found.location(in: "<p>\n  a {{>  article }}\n") == (2, 5))
        #expect(found.location(in: "{{=<% %>=}}<%>article%>") == (1, 1))
    }

    /// The theme refuses it with the file, line and column, whichever renderer would have drawn the page.
    @Test func aThemeWithARecursiveTemplateDoesNotLoad() throws {
        let folder = try ScenarioContent(["toc.mustache": "<ul>\n{{#toc}}\n  <li>{{title}} {{>toc}}</li>\n{{/toc}}\n</ul>\n",
            "article.mustache": "{{<layout}}{{$main}}{{>toc}}{{{body}}}{{/main}}{{/layout}}\n"], config: nil)
        do {
            _ = try Theme.load(overrides: folder.root)
            Issue.record("a theme whose toc partial includes itself loaded")
        } catch let DocLocError.templateInvalid(file, line, message) {
            #expect(file == folder.url("toc.mustache").path)
            #expect(line == 3)
            #expect(message.contains("template 'toc' includes itself"), "\(message)")
            #expect(message.contains("(column 17)"), "\(message)")
        }
    }
}
