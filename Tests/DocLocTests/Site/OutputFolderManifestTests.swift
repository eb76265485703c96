import Foundation
import Testing
@testable import DocLoc

/// Which files of the published site the previous manifest lists (docloc's) — the others are the user's and are
/// carried into the new site: the manifest's sorted lines merged with the walked entries, or its paths in a map when
/// it is out of order; the same map tells a recycled spare's files from the others.
@Suite struct OutputFolderManifestTests {
    static func entries(_ paths: [String]) -> [DirectoryWalker.Entry] {
        // A trailing slash marks a folder.
        paths.map { path in
            path.hasSuffix("/")
                ? DirectoryWalker.Entry(relativePath: String(path.dropLast()), kind: .directory)
                : DirectoryWalker.Entry(relativePath: path, kind: .file)
        }
    }

    static func listed(_ manifest: String?, _ paths: [String]) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let manifest { try Data(manifest.utf8).write(to: folder.appendingPathComponent(OutputFolder.manifestName)) }
        let entries = Self.entries(paths)
        let flags = OutputFolder.listed(entries, inManifestOf: folder.path)
        return zip(entries, flags).filter(\.1).map(\.0.relativePath)
    }

    /// Walk order (`a`, `a/b`, `a-c`) is not sorted order (`a-c` < `a/b`): the merge sorts the entries itself.
    @Test func aSortedManifestListsExactlyItsFiles() throws {
        let manifest = "# files written by docloc build\na-c/x.html\na/b.html\nindex.html\nnl-NL/é.html\n"
        let walked = ["CNAME", "a/", "a/b.html", "a/notes.txt", "a-c/", "a-c/x.html", "index.html", "nl-NL/", "nl-NL/é.html", "zz.html"]
        #expect(try Self.listed(manifest, walked) == ["a/b.html", "a-c/x.html", "index.html", "nl-NL/é.html"])
    }

    @Test func aManifestOutOfOrderIsReadIntoASetAndStillListsItsFiles() throws {
        let manifest = "index.html\na/b.html\n"
        #expect(try Self.listed(manifest, ["a/b.html", "index.html", "other.html"]) == ["a/b.html", "index.html"])
    }

    @Test func noManifestOrOneThatIsNotUTF8ListsNothing() throws {
        #expect(try Self.listed(nil, ["index.html"]).isEmpty)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Array("index.html\n".utf8) + [0xFF, 0x0A]).write(to: folder.appendingPathComponent(OutputFolder.manifestName))
        #expect(OutputFolder.listed(Self.entries(["index.html"]), inManifestOf: folder.path) == [false])
    }

    static func manifest(_ bytes: [UInt8]) throws -> PackedPathMap {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(OutputFolder.manifestName))
        return OutputFolder.manifest(in: folder.path)
    }

    @Test func theManifestsPathsAreItsLinesButCommentsAndEmptyOnes() throws {
        let paths = try Self.manifest(Array("# files written by docloc build\n\nindex.html\nnl-NL/é.html\n\na b/#x.html\nlast.html".utf8))
        #expect(paths.paths == ["index.html", "nl-NL/é.html", "a b/#x.html", "last.html"])
        #expect(paths.contains("nl-NL/é.html") && !paths.contains("") && !paths.contains("# files written by docloc build"))
    }

    @Test func aManifestNotUTF8AnywhereHasNoPaths() throws {
        #expect(try Self.manifest(Array("index.html\n".utf8) + [0xC3, 0x0A] + Array("b.html\n".utf8)).isEmpty)
        #expect(try Self.manifest([0xED, 0xA0, 0x80, 0x0A]).isEmpty)  // an encoded surrogate
        #expect(try Self.manifest([]).isEmpty)
        #expect(OutputFolder.manifest(in: "/nonexistent-docloc-folder").isEmpty)
    }
}
