#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Swaps two folders in one step: `renameat2(2)` with `RENAME_EXCHANGE`, so that at no moment does either path lack a
/// folder (a site swapped in with two renames has no folder at all between them).
enum DirectoryExchange {
    /// Exchanges what `a` and `b` name; false (nothing changed) when the system or the file system cannot, or either
    /// is missing.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            return glibcRenameAt2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
            return false
        #endif
    }
}

#if os(Linux)
    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private let renameExchange: UInt32 = 1 << 1

    /// glibc's `renameat2` (2.28 and later; `<stdio.h>` declares it only under `_GNU_SOURCE`, which the Glibc module
    /// does not define).
    @_silgen_name("renameat2")
    private func glibcRenameAt2(
        _ oldDirectory: Int32, _ oldPath: UnsafePointer<CChar>, _ newDirectory: Int32, _ newPath: UnsafePointer<CChar>,
        _ flags: UInt32
    ) -> Int32
#endif
