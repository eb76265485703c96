import Testing
@testable import DocLoc

@Suite struct SitePathTests {
    @Test(arguments: [
        ("index.html", "en-US/index.html", "en-US/index.html"),
        ("en-US/admin/a.html", "en-US/admin/b.html", "b.html"),
        ("en-US/admin/a.html", "nl-NL/admin/a.html", "../../nl-NL/admin/a.html"),
        ("en-US/admin/deep/a.html", "en-US/index.html", "../../index.html"),
        ("en-US/a.html", "en-US/x y/ü.html", "x%20y/%C3%BC.html"),
        ("en-US/a.html", "en-US/javascript:alert(1).html", "./javascript:alert(1).html"),
        ("en-US/ü/a.html", "en-US/ü/b.html", "b.html"),
        ("a//b.html", "a/c.html", "c.html"),
        ("en-US/a.html", "", ".."),
    ])
    func relativeURLs(_ from: String, _ to: String, _ expected: String) {
        #expect(SitePath.relativeURL(from: from, to: to) == expected)
        #expect(SitePath.relativeURL(from: from, to: to) == Self.reference(from: from, to: to))
    }

    /// The same answer on random ASCII and non-ASCII path pairs as splitting characters does.
    @Test func relativeURLsMatchTheCharacterAlgorithm() {
        let segments = ["en-US", "nl-NL", "admin", "a.html", "b c.html", "ü", "x:y", "", "..", "e\u{301}"]
        var state: UInt64 = 42
        func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<1_000 {
            let from = (0...next(4)).map { _ in segments[next(segments.count)] }.joined(separator: "/")
            let to = (0...next(4)).map { _ in segments[next(segments.count)] }.joined(separator: "/")
            #expect(SitePath.relativeURL(from: from, to: to) == Self.reference(from: from, to: to), "\(from) → \(to)")
        }
    }

    @Test(arguments: ["en-US/a.html", "en-US/x y/ü.html", "/a//b/", "", "/", "a/", "nl-NL/(1)/a:b@c.html", "e\u{301}/x"])
    func pathsEncodeAsTheirSegmentsDo(_ path: String) {
        let reference = path.split(separator: "/").map { SitePath.percentEncoded(String($0)) }.joined(separator: "/")
        #expect(SitePath.percentEncodedPath(path) == reference)
    }

    /// The character-by-character algorithm the byte path must agree with.
    static func reference(from page: String, to target: String) -> String {
        let from = page.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        let url = (Array(repeating: "..", count: from.count - common) + to[common...].map { SitePath.percentEncoded(String($0)) })
            .joined(separator: "/")
        return url.prefix { $0 != "/" }.contains(":") ? "./" + url : url
    }
}
