import Foundation
import Mustache
import Testing
@testable import DocLoc

/// docloc's template escaping is swift-mustache's HTML escaping done on bytes, and every template gets it.
@Suite struct TemplateEscapingTests {
    @Test(arguments: ["", "plain text", "A & B <b>\"quoted\"</b> it's", "één & ’twee’ <3", "&amp; already", "漢字 > 😀"])
    func escapesAsSwiftMustacheDoes(_ text: String) throws {
        let reference = try MustacheTemplate(string: "{{x}}").render(["x": text])
        #expect(TemplateEscaping().escapeText(text) == reference)
    }

    @Test func aMarkupCharacterWithACombiningMarkIsEscapedToo() {
        #expect(TemplateEscaping().escapeText("<\u{301}script>") == "&lt;\u{301}script&gt;")
    }

    @Test func everyTemplateOfTheThemeEscapesWithIt() throws {
        let folder = try ScenarioContent(["article.mustache": "{{<layout}}{{$main}}<p>{{title}}</p>{{/main}}{{/layout}}\n"], config: nil)
        let theme = try Theme.load(overrides: folder.root)
        let html = theme.render("article", ["title": "<\u{301}b>", "strings": [String: Any]()])
        #expect(html.contains("<p>&lt;\u{301}b&gt;</p>"))
    }

    @Test func aTemplateMayStillAskForTextOutput() throws {
        let folder = try ScenarioContent(
            ["article.mustache": "{{% CONTENT_TYPE: TEXT}}<p>{{title}}</p>\n"], config: nil)
        let theme = try Theme.load(overrides: folder.root)
        #expect(theme.render("article", ["title": "<i>x</i>"]).contains("<p><i>x</i></p>"))
    }

    @Test func anErrorOnTheFirstLineKeepsItsColumn() throws {
        let folder = try ScenarioContent(["layout.mustache": "<p>{{/closed}}</p>\n"], config: nil)
        do {
            _ = try Theme.load(overrides: folder.root)
            Issue.record("a template closing a section it never opened loaded")
        } catch let DocLocError.templateInvalid(_, line, message) {
            #expect(line == 1)
            #expect(message.contains("(column "), "\(message)")
            let plain = try #require(Self.column(ofErrorIn: "<p>{{/closed}}</p>\n"))
            #expect(message.hasSuffix("(column \(plain))"), "\(message) vs column \(plain)")
        }
    }

    /// The column swift-mustache itself reports for a template's first error.
    static func column(ofErrorIn text: String) -> Int? {
        do {
            _ = try MustacheTemplate(string: text)
            return nil
        } catch let error as MustacheTemplate.ParserError {
            return error.context.columnNumber
        } catch {
            return nil
        }
    }
}
