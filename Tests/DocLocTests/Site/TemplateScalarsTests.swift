import Mustache
import Testing
@testable import DocLoc

/// Inside a section over a string or a number, names are found on the values around it, as before.
@Suite struct TemplateScalarsTests {
    @Test func namesInsideAStringOrNumberSectionComeFromTheParent() throws {
        let template = try MustacheTemplate(string: "{{#href}}<a href=\"{{href}}\">{{title}}</a>{{/href}} {{#count}}{{.}} of {{total}}{{/count}}")
        let html = template.render(["href": "a.html", "title": "A", "count": 3, "total": 7] as [String: Any])
        #expect(html == "<a href=\"a.html\">A</a> 3 of 7")
    }

    @Test func aStringOrNumberHasNoChildren() {
        #expect("text".child(named: "count") == nil)
        #expect(42.child(named: "_value") == nil)
    }
}
