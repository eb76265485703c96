import Foundation
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
        var numbers = SeededNumbers(seed: 42)
        func next(_ n: Int) -> Int { numbers.next(n) }
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

    @Test(arguments: [
        ("a%20b.md", "a b.md"), ("%C3%BC.md", "ü.md"), ("100%", "100%"), ("%4", "%4"), ("%zz%41", "%zzA"),
        ("%+F", "\u{0F}"), ("%-0x", "\u{0}x"), ("%-1", "%-1"), ("plain.md", "plain.md"), ("%%41", "%A"), ("%ü1", "%ü1"),
    ])
    func percentDecodes(_ text: String, _ expected: String) {
        #expect(SitePath.percentDecoded(text) == expected)
        #expect(SitePath.percentDecoded(text) == Self.referenceDecoded(text))
    }

    /// Every byte encodes as the character table says: unreserved characters kept, the rest as `%XX`.
    @Test func everyByteEncodesAsTheTableSays() {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@".utf8)
        for code in 1..<128 {
            let character = String(UnicodeScalar(UInt8(code)))
            let expected = unreserved.contains(UInt8(code)) ? character : String(format: "%%%02X", code)
            #expect(SitePath.percentEncoded(character) == expected, "\(code)")
        }
    }

    /// The decoding the byte loop must agree with: two characters after a `%` read by `UInt8(_:radix:)`.
    static func referenceDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: ["index.html", "en-US/index.html", "nl-NL/admin/misc/a.html", "/a//b/", "a/", "ü/é/x.html", "e\u{301}/x"])
    func theRootPrefixClimbsOneFolderPerSegment(_ page: String) {
        #expect(SitePath.rootPrefix(of: page) == String(repeating: "../", count: page.split(separator: "/").count - 1))
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
