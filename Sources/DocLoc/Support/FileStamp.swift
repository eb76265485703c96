import Foundation

/// A regular file's size and modification time (nanoseconds since 1970): what a quick check compares to tell
/// whether a file changed without reading it (rsync's default, make's).
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    public var modified: Int64

    public init(size: Int64, modified: Int64) {
        self.size = size
        self.modified = modified
    }

    /// The stamp of the regular file at `path`; nil when there is none. `followingLinks: false`: nil for a
    /// symbolic link too (what docloc finds in its own output must be what it wrote there, not a link).
    public static func of(path: String, followingLinks: Bool = true) -> FileStamp? {
        identified(path: path, followingLinks: followingLinks)?.stamp
    }

    /// The stamp, and which file it is (`OutputFolder.place` compares it with the one in the staging folder
    /// rather than look it up again: an incremental build looks at every page and image of the site).
    static func identified(path: String, followingLinks: Bool = true) -> (stamp: FileStamp, identity: FileIdentity)? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let stamp = FileStamp(
            size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
        return (stamp, FileIdentity(info))
    }

    /// The time now, as file modification times count it (nanoseconds since 1970).
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Gives the file at `path` this stamp's modification time (and access time); false when it cannot.
    public func setModificationTime(of path: String) -> Bool {
        let time = timespec(tv_sec: Int(modified / 1_000_000_000), tv_nsec: Int(modified % 1_000_000_000))
        return [time, time].withUnsafeBufferPointer { utimensat(AT_FDCWD, path, $0.baseAddress, 0) } == 0
    }
}

/// Which file a path named when it was looked at: its device and inode.
struct FileIdentity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
