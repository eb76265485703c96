import Foundation
import Testing
@testable import DocLoc

/// The staging folder's structure: folders made up front with `mkdir(2)`, parents first.
@Suite struct OutputFolderTests {
    static func folder() throws -> (OutputFolder, URL) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-folder-\(UUID().uuidString)")
        let content = base.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        return (try OutputFolder.prepare(base.appendingPathComponent("site"), content: content), base)
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    @Test func everyFolderAndItsParentsAreMadeOnceAndAgainIsFine() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        let paths = ["nl-NL/admin/a.html", "nl-NL/admin-center/b.html", "nl-NL/admin/deep/er/c.html", "index.html", "en-US/x.html"]
        try folder.createFolders(for: paths)
        for made in ["nl-NL", "nl-NL/admin", "nl-NL/admin-center", "nl-NL/admin/deep", "nl-NL/admin/deep/er", "en-US"] {
            #expect(Self.isFolder(folder.stagingPath(made)), "\(made)")
        }
        // Again, and a page into one: the folders stand, nothing is in the way.
        try folder.createFolders(for: paths + ["nl-NL/admin/deep/d.html"])
        try folder.write("nl-NL/admin/deep/er/c.html", Array("<p/>".utf8))
        // A folder `createFolders` was not told about is made when a page is written into it.
        try folder.write("fr-FR/new/e.html", Array("<p/>".utf8))
        #expect(FileManager.default.contents(atPath: folder.stagingPath("fr-FR/new/e.html")) == Data("<p/>".utf8))
    }

    @Test func aFileWhereAFolderGoesIsReportedWithItsPath() throws {
        let (folder, base) = try Self.folder()
        defer { try? FileManager.default.removeItem(at: base) }
        try folder.write("en-US", Array("not a folder".utf8))
        #expect {
            try folder.createFolders(for: ["en-US/a.html"])
        } throws: { error in
            guard case DocLocError.outputNotWritable(let path, let reason) = error else { return false }
            return path == folder.destination.path + "/en-US" && reason == String(cString: strerror(ENOTDIR))
        }
    }
}
