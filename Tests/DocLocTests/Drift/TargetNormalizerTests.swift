import Testing
@testable import DocLoc

@Suite struct TargetNormalizerTests {
    @Test(arguments: [
        ("https://docs.microsoft.com/en-us/microsoft-365/admin/", "/microsoft-365/admin"),
        ("HTTP://Example.COM/nl-NL/a/b/?x=1#y", "https://example.com/a/b?x=1#y"),
        ("/zh-hans-cn/a//b", "/a//b"),
        ("./media/en-us.png", "media/en-us.png"),
        ("../en-us/x.md", "../x.md"),
        ("en-us", ""),
        ("/en-usa/x", "/en-usa/x"),
        ("/e1-us/x", "/e1-us/x"),
        ("  <a/nl-nl/b.md>  ", "a/b.md"),
        ("/", "/"),
        ("", ""),
        ("https://learn.microsoft.com/nl-nl/über/ä.md#kop", "/über/ä.md#kop"),
        ("/NL-nl/ä/", "/ä"),
    ])
    func normalizes(target: String, normalized: String) {
        #expect(TargetNormalizer.normalize(target) == normalized)
    }

    @Test func localeSegmentsOnBytesAndCharactersAgree() {
        for segment in ["en-us", "nl-NL", "zh-hans-cn", "en", "en-", "-us", "en-usa", "e1-us", "zh-han-cn", "a-b-c-d", "en-us-x", ""] {
            #expect(
                TargetNormalizer.isLocaleSegment(bytes: Array(segment.utf8)[...]) == TargetNormalizer.isLocaleSegment(Substring(segment)),
                "\(segment)")
        }
    }
}
