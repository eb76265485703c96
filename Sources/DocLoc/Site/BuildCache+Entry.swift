extension BuildCache {
    /// One article page of a previous build.
    public struct Entry: Sendable, Equatable {
        /// `PageInputs.key` of the page when it was rendered.
        public var key: String
        /// SHA-256 of the page's bytes as written.
        public var output: String
        /// Content files the page links to or shows (copied into the site), sorted.
        public var usedFiles: [String]
        /// Content paths the renderer looked up for `[!INCLUDE]`s, sorted.
        public var includeLookups: [String]
        /// Where the page's search-index entry (JSON, `SearchIndex.json(_:)`) stands in the build's
        /// `BuildCache.searchFileName`.
        public var search: Range<Int>
        /// The page's size in bytes as written: while the file still has it and is older than the cache, the next
        /// build links the page without reading and hashing it (`OutputFolder.reusePage`).
        public var byteCount: Int?

        public init(
            key: String, output: String, usedFiles: [String], includeLookups: [String], search: Range<Int>,
            byteCount: Int? = nil
        ) {
            self.key = key
            self.output = output
            self.usedFiles = usedFiles
            self.includeLookups = includeLookups
            self.search = search
            self.byteCount = byteCount
        }
    }
}
