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

        public init(key: String, output: String, usedFiles: [String], includeLookups: [String], search: Range<Int>) {
            self.key = key
            self.output = output
            self.usedFiles = usedFiles
            self.includeLookups = includeLookups
            self.search = search
        }
    }
}
