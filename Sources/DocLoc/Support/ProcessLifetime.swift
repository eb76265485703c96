import Foundation

/// Values kept to the end of the process and never freed: the process's exit hands their memory back at once.
///
/// For a command that exits as soon as its work is done. Freeing a content set held whole — every article parsed,
/// each a tree of nodes, strings and arrays — is one thread releasing each of them in turn: 33 ms of a full build of
/// the real corpus (564 articles, ~300 ms), and glibc then spends more merging the freed chunks. Kept here, that
/// memory is in use a little longer; only a set small enough to be held whole (`ContentLoader.holdLimit`) is kept.
public enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [any Sendable] = []

    /// Keeps `value` (a reference to it) until the process exits.
    public static func keep(_ value: any Sendable) {
        lock.withLock { kept.append(value) }
    }

    /// How many values are kept (tests).
    static var count: Int { lock.withLock { kept.count } }
}
