import Foundation
import Testing
@testable import DocLoc

/// A page written again copies the rows whose keys did not change from its previous version, and renders the rest;
/// the result is always the page Mustache renders whole. A row template that could see more than its own row and the
/// values around its list gets no keys, and nothing is copied for it.
@Suite struct StreamedRowsReuseTests {
    private let scratch = ScratchFolder("rows")

    private static let page = """
        <h1>{{title}}</h1>
        {{#groups}}<section id="{{tag}}">
        {{#rows}}<p class="{{status}}">{{tag}}: {{path}}{{#findings}} [{{.}}]{{/findings}}</p>
        {{/rows}}</section>
        {{/groups}}
        """

    /// Two groups of `count` rows; `changed` rows get another status.
    private func values(count: Int, changed: Set<Int> = [], title: String = "Status", tags: [String] = ["nl-NL", "de-DE"]) -> [String: Any] {
        [
            "title": title,
            "groups": tags.map { tag -> [String: Any] in
                [
                    "tag": tag,
                    "rows": TemplateRows(count: count) { index -> [String: Any] in
                        [
                            "path": "a/\(index).md", "status": changed.contains(index) ? "outdated" : "current",
                            "findings": index % 4 == 0 ? ["x < \(index)"] : [],
                        ]
                    },
                ]
            },
        ]
    }

    private func theme(_ page: String) throws -> Theme {
        let folder = try scratch.folder()
        try page.write(to: folder.appendingPathComponent("locale-index.mustache"), atomically: true, encoding: .utf8)
        return try Theme.load(overrides: folder)
    }

    private func file() -> String {
        scratch.file(UUID().uuidString + ".html")
    }

    private func previous(_ written: StreamedRows.Written, at path: String) -> StreamedRows.PreviousRows {
        StreamedRows.PreviousRows(path: path, index: written.index)
    }

    private func write(_ theme: Theme, _ values: [String: Any], previous: StreamedRows.PreviousRows? = nil) throws -> (StreamedRows.Written, String) {
        let path = file()
        let written = try #require(
            try StreamedRows(theme: theme, template: "locale-index", values: values).write(to: path, rowKeys: "site", previous: previous))
        return (written, try String(contentsOfFile: path, encoding: .utf8))
    }

    @Test func unchangedRowsAreCopiedAndChangedOnesRendered() throws {
        let theme = try theme(Self.page)
        let (first, firstPage) = try write(theme, values(count: 40))
        #expect(first.index.rows.count == 80)
        #expect(first.index.byteCount == firstPage.utf8.count)
        let firstPath = file()
        try firstPage.write(toFile: firstPath, atomically: true, encoding: .utf8)
        let changed = values(count: 40, changed: [3, 17])
        let (second, secondPage) = try write(theme, changed, previous: previous(first, at: firstPath))
        #expect(secondPage == theme.mustacheOnly().render("locale-index", changed))
        #expect(second.rowCount == 80)
        #expect(second.copiedRows == 76)
        #expect(second.digest == StableHasher.digest(Array(secondPage.utf8)))
    }

    /// Each row is made once for the page's key (which keeps its digest) and again only to be rendered: a copied
    /// row's values are never made a second time.
    @Test func aCopiedRowIsMadeOnceForTheKeyAndNeverAgain() throws {
        let theme = try theme(Self.page)
        let (first, firstPage) = try write(theme, values(count: 40))
        let firstPath = file()
        try firstPage.write(toFile: firstPath, atomically: true, encoding: .utf8)
        final class Made { var rows: [Int: Int] = [:] }
        let made = Made()
        let rows = TemplateRows(count: 40) { index -> [String: Any] in
            made.rows[index, default: 0] += 1
            return ["path": "a/\(index).md", "status": index == 9 ? "outdated" : "current", "findings": index % 4 == 0 ? ["x < \(index)"] : []]
        }
        let changed: [String: Any] = ["title": "Status", "groups": [["tag": "nl-NL", "rows": rows]]]
        var hasher = StableHasher()
        TemplateValues.add(changed, to: &hasher)
        #expect(made.rows.count == 40 && made.rows.values.allSatisfy { $0 == 1 })
        let (second, secondPage) = try write(theme, changed, previous: previous(first, at: firstPath))
        #expect(second.copiedRows == 39)
        // The check renders the first three rows whole and put together (twice each), the changed row is rendered;
        // nothing else is made again.
        let again = made.rows.filter { $0.value > 1 }.keys.sorted()
        #expect(Set(again).isSubset(of: [0, 1, 2, 9]), "\(again)")
        #expect(again.contains(9))
        #expect(secondPage == theme.mustacheOnly().render("locale-index", changed))
    }

    /// The copied bytes are the previous file's: a row altered in that file (same length) shows through. (An
    /// incremental build takes the file as written only with its recorded size and time; see ValuesPageRenderer.)
    @Test func copiedRowsComeFromThePreviousFile() throws {
        let theme = try theme(Self.page)
        let (first, firstPage) = try write(theme, values(count: 5))
        let altered = firstPage.replacingOccurrences(of: "nl-NL: a/2.md", with: "nl-NL: A/2.MD")
        let path = file()
        try altered.write(toFile: path, atomically: true, encoding: .utf8)
        let (second, secondPage) = try write(theme, values(count: 5), previous: previous(first, at: path))
        #expect(second.copiedRows == 10)
        #expect(secondPage == altered)
    }

    /// A value around the list is in a row's key when the row's template names it (a group's `tag`), and not when it
    /// does not (the page's title): a count at the top of the dashboard does not make every row render again.
    @Test func onlyTheValuesAroundTheListThatARowNamesAreInItsKey() throws {
        let theme = try theme(Self.page)
        let (first, firstPage) = try write(theme, values(count: 6))
        let path = file()
        try firstPage.write(toFile: path, atomically: true, encoding: .utf8)
        let retitled = values(count: 6, title: "Status 2")
        let (second, secondPage) = try write(theme, retitled, previous: previous(first, at: path))
        #expect(second.copiedRows == 12)
        #expect(secondPage == theme.mustacheOnly().render("locale-index", retitled))
        let retagged = values(count: 6, tags: ["nl-NL", "fr-FR"])
        let (third, thirdPage) = try write(theme, retagged, previous: previous(first, at: path))
        #expect(third.copiedRows == 6)
        #expect(thirdPage == theme.mustacheOnly().render("locale-index", retagged))
    }

    /// A previous file that is gone or shorter than its index says: the rows are rendered.
    @Test func aMissingOrShortPreviousFileRendersTheRows() throws {
        let theme = try theme(Self.page)
        let (first, firstPage) = try write(theme, values(count: 6))
        let short = file()
        try String(firstPage.prefix(40)).write(toFile: short, atomically: true, encoding: .utf8)
        for path in [file(), short] {
            let (second, secondPage) = try write(theme, values(count: 6), previous: previous(first, at: path))
            #expect(second.copiedRows == 0)
            #expect(secondPage == firstPage)
        }
    }

    /// Rows that name their own list, the list holding it, `.` of the whole context or a partial could depend on
    /// other rows: they get no keys.
    @Test func rowsThatCouldSeeOtherRowsGetNoKeys() throws {
        let cases = [
            "{{#groups}}{{#rows}}<p>{{path}} of {{rows.count}}</p>{{/rows}}{{/groups}}",
            "{{#groups}}{{#rows}}<p>{{path}}{{#groups}}{{tag}}{{/groups}}</p>{{/rows}}{{/groups}}",
            "{{#groups}}{{#rows}}<p>{{path}} {{> other}}</p>{{/rows}}{{/groups}}",
            "{{#groups}}{{#rows}}<p>{{path}} {{ uppercased(rows) }}</p>{{/rows}}{{/groups}}",
            "{{#groups}}{{#rows}}<p>{{path}} {{^status}}{{.}}{{/status}}</p>{{/rows}}{{/groups}}",
        ]
        for page in cases {
            let theme = try theme(page)
            let values = values(count: 4)
            let path = file()
            guard let written = try StreamedRows(theme: theme, template: "locale-index", values: values).write(to: path, rowKeys: "site")
            else { continue }  // rendered whole: nothing to key either
            #expect(written.index.rows.isEmpty, "\(page)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == theme.mustacheOnly().render("locale-index", values), "\(page)")
        }
        // The same page without them keys every row.
        let theme = try theme("{{#groups}}{{#rows}}<p>{{path}} {{tag}}</p>{{/rows}}{{/groups}}")
        let written = try #require(
            try StreamedRows(theme: theme, template: "locale-index", values: values(count: 4)).write(to: file(), rowKeys: "site"))
        #expect(written.index.rows.count == 8)
    }

    /// The previous page's rows are found by key; a row outside the page is not, and of two rows with one key the
    /// first in the page is.
    @Test func previousRowsAreFoundByKeyWithinTheirPage() {
        let keys = (0..<200).map { Digest256([UInt8($0 % 256), UInt8(($0 * 7) % 256)]) }
        var rows = keys.enumerated().map { BuildCache.RowIndex.Row(key: $1, offset: $0 * 10, length: 10) }
        rows.append(.init(key: Digest256([0xAA]), offset: 1_995, length: 10))
        rows.append(.init(key: Digest256([0xBB]), offset: -1, length: 1))
        rows.append(.init(key: Digest256([0xCC]), offset: Int.max, length: 2))
        rows.append(.init(key: Digest256([0xDD]), offset: 0, length: -3))
        rows.insert(.init(key: keys[5], offset: 1_990, length: 10), at: 0)
        let previous = StreamedRows.PreviousRows(path: "p", index: BuildCache.RowIndex(byteCount: 2_000, rows: rows))
        for (number, key) in keys.enumerated() {
            #expect(previous.range(of: key) == (number * 10)..<(number * 10 + 10), "row \(number)")
        }
        for missing in [Digest256([0xAA]), Digest256([0xBB]), Digest256([0xCC]), Digest256([0xDD]), Digest256([0xFF, 0xFF])] {
            #expect(previous.range(of: missing) == nil)
        }
        #expect(StreamedRows.PreviousRows(path: "p", index: BuildCache.RowIndex(byteCount: 0, rows: [])).range(of: keys[0]) == nil)
    }

    @Test func whichRowTemplatesMayBeKeyed() {
        let lists: Set<String> = ["rows", "locales"]
        let keyed = [
            "<td>{{path}}</td>", "{{#findings}}<code>{{.}}</code>{{/findings}}", "{{! rows }}{{path}}", "{{{html}}} {{&raw}}",
            "{{#href}}<a href=\"{{root}}{{href}}\">{{path}}</a>{{/href}}{{^href}}{{path}}{{/href}}", "{{ lowercased(status) }}",
        ]
        let refused = [
            "{{rows.count}}", "{{#locales}}{{tag}}{{/locales}}", "{{> partial}}", "{{.}}", "{{^x}}{{.}}{{/x}}",
            "{{=<% %>=}}<%path%>", "{{<parent}}{{/parent}}", "{{$block}}{{/block}}", "{{ uppercased(rows) }}", "{{path",
        ]
        for text in keyed { #expect(StreamedRows.names(in: text, lists: lists) != nil, "\(text)") }
        for text in refused { #expect(StreamedRows.names(in: text, lists: lists) == nil, "\(text)") }
        #expect(StreamedRows.names(in: keyed[4], lists: lists) == ["href", "path", "root"])
        #expect(StreamedRows.names(in: "{{#findings}}{{kind}}: {{finding.message}}{{/findings}}", lists: lists) == ["finding", "findings", "kind", "message"])
    }
}
