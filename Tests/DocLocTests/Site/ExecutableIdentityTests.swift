import Foundation
import Testing
@testable import DocLoc

/// `SiteBuilder.executableIdentity()`: the running executable's path, size and modification time, so a rebuilt
/// docloc never reuses what an older one wrote.
@Suite struct ExecutableIdentityTests {
    @Test func itNamesTheRunningExecutableAndItsStamp() throws {
        let lines = SiteBuilder.executableIdentity().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 3)
        let path = try #require(lines.first)
        #expect(path.hasPrefix("/"))
        let stamp = try #require(FileStamp.of(path: path))
        #expect(lines[1] == String(stamp.size))
        #expect(lines[2] == String(stamp.modified))
        #expect(URL(fileURLWithPath: path).resolvingSymlinksInPath().path == URL(fileURLWithPath: Bundle.main.executablePath ?? "").resolvingSymlinksInPath().path)
        #expect(SiteBuilder.executableIdentity() == SiteBuilder.executableIdentity())
    }
}
