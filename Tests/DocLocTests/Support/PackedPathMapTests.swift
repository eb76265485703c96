import Testing
@testable import DocLoc

/// `PackedPathMap`: every path added is found with its number, through every growth of the index; a path added again
/// takes the new number; a path not added is not found.
@Suite struct PackedPathMapTests {
    static let awkward = ["", "a", "a/", "/a", "ü/日本.html", "tab\there", "line\nfeed", "x/" + String(repeating: "long/", count: 400)]

    @Test func everyPathIsFoundWithItsNumber() {
        let paths = Self.awkward + (0..<20_000).map { "en-US/admin/set-\($0 % 97)/page-\($0).html" }
        var map = PackedPathMap()
        for (number, path) in paths.enumerated() { map.set(path, UInt64(number)) }
        #expect(map.count == paths.count)
        for (number, path) in paths.enumerated() where map[path] != UInt64(number) {
            Issue.record("\(path.debugDescription): \(String(describing: map[path])), not \(number)")
        }
        for missing in ["b", "en-US/admin/set-0/page-20000.html", "en-US/admin/set-1/page-0.html", "A", "a//"] {
            #expect(map[missing] == nil, "\(missing.debugDescription)")
        }
        #expect(map.paths == paths)
        var seen: [(String, UInt64)] = []
        map.forEach { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == paths && seen.map(\.1) == (0..<UInt64(paths.count)).map { $0 })
    }

    @Test func aPathAddedAgainTakesTheNewNumber() {
        var map = PackedPathMap()
        map.set("a.html", 1)
        map.set("b.html", 0)
        map.set("a.html", 7)
        #expect(map.count == 2 && map["a.html"] == 7 && map["b.html"] == 0)
        #expect(map.first { $0 != 0 }?.path == "a.html")
        #expect(map.first { $0 > 7 } == nil)
    }

    @Test func anEmptyMapFindsNothing() {
        let map = PackedPathMap()
        #expect(map.isEmpty && map["a"] == nil && map[""] == nil && map.paths.isEmpty)
    }

    @Test func aPathAddedByItsBytesIsTheSameAsByItsString() {
        var map = PackedPathMap()
        for path in Self.awkward {
            var path = path
            path.withUTF8 { map.set(utf8: $0, 3) }
        }
        map.set("ü/日本.html", 4)
        #expect(map.count == Self.awkward.count && map.paths == Self.awkward)
        #expect(Self.awkward.allSatisfy(map.contains) && map["ü/日本.html"] == 4 && !map.contains("ü"))
    }
}
