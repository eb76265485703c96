import Testing
@testable import DocLoc

@Suite struct LinkClassifierTests {
    @Test(arguments: [
        ("#section", Link.Kind.fragment, nil),
        ("https://go.microsoft.com/fwlink/?linkid=2053743", .fwlink, 2_053_743),
        ("HTTPS://GO.MICROSOFT.COM/fwlink/p/?LinkId=55&clcid=0x409", .fwlink, 55),
        ("https://go.microsoft.com/fwlink/?clcid=1", .external, nil),
        ("https://learn.microsoft.com/nl-nl/microsoft-365", .external, nil),
        ("mailto:someone@example.com", .external, nil),
        ("ms-settings:privacy", .external, nil),
        ("//cdn.example.com/x.js", .external, nil),
        ("/microsoft-365/admin/", .siteAbsolute, nil),
        ("../media/a.png", .relativeFile, nil),
        ("1abc:x", .relativeFile, nil),
        ("a_b:c", .relativeFile, nil),
        ("café:x", .external, nil),
        ("https://go.microsoft.com/fwlink/?linkid=7#één", .fwlink, 7),
    ] as [(String, Link.Kind, Int?)])
    func classifies(destination: String, kind: Link.Kind, fwlink: Int?) {
        let (found, id) = LinkClassifier.classify(destination)
        #expect(found == kind)
        #expect(id == fwlink)
    }
}
