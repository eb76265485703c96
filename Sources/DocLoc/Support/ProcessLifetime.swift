import CProgramImage
import Foundation

/// Values kept to the end of the process and never freed: the process's exit hands their memory back at once.
///
/// For a command that exits as soon as its work is done. Freeing a content set held whole — every article parsed,
/// each a tree of nodes, strings and arrays — is one thread releasing each of them in turn: 33 ms of a full build of
/// the real corpus (564 articles, ~300 ms), and glibc then spends more merging the freed chunks. Kept here, that
/// memory is in use a little longer; only a set small enough to be held whole (`ContentLoader.holdLimit`) is kept.
///
/// In a program with LeakSanitizer (`make test-sanitize`) nothing is kept: the caller's value is freed as it would be
/// without this, and LeakSanitizer checks that it all is. Kept, it would be reported as leaked at the exit —
/// LeakSanitizer cannot follow the pointers Swift keeps tag bits in (an enum's payload, say).
public enum ProcessLifetime {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [any Sendable] = []

    /// Whether values are kept (false under LeakSanitizer).
    public static let keepsValues = docloc_checks_leaks() == 0

    /// Keeps `value` (a reference to it) until the process exits, unless under LeakSanitizer.
    public static func keep(_ value: any Sendable) {
        guard keepsValues else { return }
        lock.withLock { kept.append(value) }
    }
}
