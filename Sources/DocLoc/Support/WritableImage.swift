#if os(Linux)
    import CProgramImage
    import Glibc
#endif

/// Maps the executable's writable data (`.data` and `.bss`) in one go, before any other thread runs.
///
/// The Swift runtime and the standard library write there lazily — caches of type metadata and witness tables,
/// once-tokens — and in a statically linked docloc that is ~1.2 MB of the executable. Each first write to such a page
/// is a copy-on-write fault, and once worker threads run on the other cores the kernel must flush that page from
/// their TLBs: an interrupt to each core and a wait for its answer, slow in a virtual machine. Measured on the real
/// corpus (2 vCPUs): 15 ms of CPU in those waits per incremental build of ~100 ms. Made writable while docloc is
/// still one thread, the pages cost a copy each and no interrupt (`madvise(MADV_POPULATE_WRITE)`, Linux 5.14;
/// on an older kernel, or elsewhere, nothing happens).
public enum WritableImage {
    /// The executable's `.data` and `.bss`, made present and writable; how many bytes (0: nothing done).
    @discardableResult
    public static func populate() -> Int {
        #if os(Linux)
            let page = UInt(max(1, sysconf(Int32(_SC_PAGESIZE))))
            guard let range = pages(from: UInt(bitPattern: docloc_data_start()), to: UInt(bitPattern: docloc_image_end()), page: page)
            else { return 0 }
            let populateWrite: Int32 = 23  // MADV_POPULATE_WRITE, which the Glibc module of this toolchain lacks
            guard madvise(UnsafeMutableRawPointer(bitPattern: range.lowerBound), Int(range.count), populateWrite) == 0 else {
                return 0
            }
            return Int(range.count)
        #else
            return 0
        #endif
    }

    /// The whole pages holding `start..<end`; nil when the range is empty or absurd (over 256 MB).
    static func pages(from start: UInt, to end: UInt, page: UInt) -> Range<UInt>? {
        guard start > 0, start < end, end - start <= 256 << 20, page > 0 else { return nil }
        let (upper, overflow) = end.addingReportingOverflow(page - 1)
        guard !overflow else { return nil }
        return (start / page * page)..<(upper / page * page)
    }
}
