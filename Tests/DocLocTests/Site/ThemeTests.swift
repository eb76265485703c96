import Foundation
import Testing
@testable import DocLoc

@Suite struct ThemeTests {
    @Test func embeddedThemeMatchesTheTemplatesFolder() throws {
        let folder = TestPaths.package.appendingPathComponent("templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        #expect(Set(names) == Set(EmbeddedTheme.files.keys), "run scripts/embed-theme.sh")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(EmbeddedTheme.files[name] == text, "\(name) differs from the embedded copy: run scripts/embed-theme.sh")
        }
    }

    @Test func aTemplatesFolderOverridesOneFileAndKeepsTheRest() throws {
        let folder = try ScenarioContent(
            ["article.mustache": "{{<layout}}{{$main}}<p class=\"custom\">{{title}}</p>{{{body}}}{{/main}}{{/layout}}\n"], config: nil)
        let theme = try Theme.load(overrides: folder.root)
        #expect(theme.origins["article"] == folder.url("article.mustache").path)
        #expect(theme.origins["layout"] == "built-in:layout.mustache")
        let site = try SiteScenario(["en-US/a.md": "# A & B\n"], config: "source: en-US\n")
        try site.build(theme: theme)
        #expect(try site.page("en-US/a.html").contains("<p class=\"custom\">A &amp; B</p>"))
    }

    @Test func aBrokenTemplateNamesItsFileAndLine() throws {
        let folder = try ScenarioContent(["layout.mustache": "<html>\n<body>\n{{#open}}\n</body>\n"], config: nil)
        let path = folder.url("layout.mustache").path
        do {
            _ = try Theme.load(overrides: folder.root)
            Issue.record("a template with an unclosed section loaded")
        } catch let DocLocError.templateInvalid(file, line, message) {
            #expect(file == path)
            #expect(line >= 3)
            #expect(!message.isEmpty)
        }
    }

    @Test func aMissingTemplatesFolderIsAnEnvironmentError() {
        #expect(throws: DocLocError.templateMissing(path: "/nonexistent/templates")) {
            try Theme.load(overrides: URL(fileURLWithPath: "/nonexistent/templates"))
        }
    }
}
