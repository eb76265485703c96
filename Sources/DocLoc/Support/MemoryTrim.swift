/// Hands memory that was freed back to the system. glibc keeps freed blocks in its per-thread arenas, so after
/// a batch of articles is let go the process would otherwise stay as large as its largest batch ever was,
/// times the number of arenas.
enum MemoryTrim {
    static func returnFreedMemory() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
    /// glibc's `malloc_trim(size_t pad)` (declared in `<malloc.h>`, which the Glibc module does not export).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
