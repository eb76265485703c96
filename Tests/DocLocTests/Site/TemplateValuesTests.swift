import Testing

@testable import DocLoc

/// Template values hash in a stable order whatever their static type: the typed shortcuts (`[String: String]`,
/// `[[String: String]]`, flags, numbers) give the bytes the general `[String: Any]` / `[Any]` cases give.
@Suite struct TemplateValuesTests {
    @Test func stringDictionariesHashAsAnyDictionaries() {
        let strings: [String: String] = ["kind": "section-added", "message": "a < b", "ü": "🙂"]
        let anys: [String: Any] = strings
        #expect(TemplateValues.digest(strings) == TemplateValues.digest(anys))
        let list: [[String: String]] = [strings, [:], ["b": "1", "a": "2"]]
        #expect(TemplateValues.digest(list) == TemplateValues.digest(list.map { $0 as [String: Any] } as [Any]))
        #expect(TemplateValues.digest(["findings": list] as [String: Any]) == TemplateValues.digest(["findings": list as [Any]] as [String: Any]))
    }

    @Test func equalValuesGiveEqualDigestsAndAnyChangeAnother() {
        func row(_ status: String, _ count: Int, _ flag: Bool, _ message: String) -> [String: Any] {
            ["status": status, "findingCount": count, "machineTranslated": flag, "findings": [["kind": "k", "message": message]]]
        }
        let base = TemplateValues.digest(row("outdated", 2, true, "m"))
        #expect(TemplateValues.digest(row("outdated", 2, true, "m")) == base)
        for other in [row("current", 2, true, "m"), row("outdated", 3, true, "m"), row("outdated", 2, false, "m"), row("outdated", 2, true, "n")] {
            #expect(TemplateValues.digest(other) != base)
        }
        // A flag, a number and a string that print alike are told apart.
        #expect(TemplateValues.digest(true) != TemplateValues.digest(1))
        #expect(TemplateValues.digest(1) != TemplateValues.digest("1"))
        #expect(TemplateValues.digest(["a": "b"] as [String: String]) != TemplateValues.digest([["a": "b"]] as [[String: String]]))
    }

    @Test func rowsHashByTheirRowsDigests() {
        let rows = TemplateRows(count: 3) { ["path": "a/\($0).md"] }
        let same = TemplateRows(count: 3) { ["path": "a/\($0).md"] as [String: Any] }
        let other = TemplateRows(count: 3) { ["path": "b/\($0).md"] }
        #expect(TemplateValues.digest(["rows": rows] as [String: Any]) == TemplateValues.digest(["rows": same] as [String: Any]))
        #expect(TemplateValues.digest(["rows": rows] as [String: Any]) != TemplateValues.digest(["rows": other] as [String: Any]))
        #expect(rows.digest(1) == TemplateValues.digestBytes(["path": "a/1.md"] as [String: Any]))
        #expect(rows.digest(1).count == 32)
        #expect(rows.digest(1) == rows.digest(1))
        #expect(StableHasher.hex(rows.digest(2)) == TemplateValues.digest(["path": "a/2.md"] as [String: Any]))
    }
}
