import Foundation
import Testing

@testable import DocLoc

/// `DirectoryWalker`: what it reports of a tree, and how it reads `readdir`'s entries.
@Suite struct DirectoryWalkerTests {
    /// An entry whose name ends just before an unreadable page (as the last entry of `readdir`'s buffer can) is read
    /// up to its NUL and no further: copying `d_name` whole read 256 bytes and crashed a 50k-pair build.
    @Test func aNameEndingBeforeAnUnmappedPageIsReadInPlace() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let region = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        #expect(region != MAP_FAILED)
        defer { munmap(region, 2 * page) }
        #expect(mprotect(region + page, page, PROT_NONE) == 0)
        let name = Array("a.md".utf8) + [0]
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        // The entry starts so that its name's NUL is the readable page's last byte.
        let entry = region + page - name.count - offset
        name.withUnsafeBytes { (entry + offset).copyMemory(from: $0.baseAddress!, byteCount: name.count) }
        #expect(DirectoryWalker.name(of: entry.assumingMemoryBound(to: dirent.self)) == Array("a.md".utf8))
    }

    @Test func entriesComeInByteOrderDepthFirstWithoutHiddenOnes() throws {
        let root = try ScenarioContent(["b.md": "b", "a/z.md": "z", "a/y.png": "y", ".hidden/x.md": "x", "é.md": "e"], config: nil)
        let entries = DirectoryWalker(within: root.url("").path).entries(below: root.url("").path)
        #expect(entries.map(\.relativePath) == ["a", "a/y.png", "a/z.md", "b.md", "é.md"])
        #expect(entries.map(\.kind) == [.directory, .file, .file, .file, .file])
    }
}
