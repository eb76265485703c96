import Foundation

/// A temporary folder that is removed with everything in it when the last reference goes: held by a suite (a
/// struct is made anew for each test), it is a test's own and gone when the test ends, pass or fail.
///
///     let scratch = ScratchFolder("rows")
///     let path = scratch.file("page.html")
final class ScratchFolder: Sendable {
    let url: URL

    init(_ name: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("docloc-\(name)-\(UUID().uuidString)", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` in the folder (a new, unique name when nil); nothing is written.
    func file(_ name: String? = nil) -> String {
        url.appendingPathComponent(name ?? UUID().uuidString).path
    }

    /// A new, empty folder inside this one.
    func folder() throws -> URL {
        let folder = url.appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
