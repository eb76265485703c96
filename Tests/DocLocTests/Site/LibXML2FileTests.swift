import Foundation
import Testing
@testable import DocLoc

/// The streaming check of a written file (used for the sitemap, which grows with the site) agrees with the
/// in-memory check: well-formed passes, and a broken file names the line of its first error.
@Suite struct LibXML2FileTests {
    func check(_ text: String) throws -> WellFormednessError? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-xml-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return LibXML2.xmlWellFormednessError(file: file.path)
    }

    @Test func aWellFormedFilePasses() throws {
        #expect(try check("<?xml version=\"1.0\"?>\n<urlset>\n<url><loc>a&amp;b</loc></url>\n</urlset>\n") == nil)
    }

    @Test func aBrokenFileNamesItsLine() throws {
        let text = "<urlset>\n<url>\n<loc>a & b</loc>\n</url>\n</urlset>\n"
        let error = try #require(try check(text))
        #expect(error.line == 3)
        #expect(LibXML2.xmlWellFormednessError(Array(text.utf8))?.line == 3)
        #expect(try check("<urlset><url></urlset>") != nil)
        #expect(try check("") != nil)
    }

    @Test func aMissingFileIsReported() {
        #expect(LibXML2.xmlWellFormednessError(file: "/nonexistent/docloc/sitemap.xml") != nil)
    }
}
