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
        /// The page's search-index entry, as JSON (`SearchIndex.json(_:)`).
        public var search: String

        public init(key: String, output: String, usedFiles: [String], includeLookups: [String], search: String) {
            self.key = key
            self.output = output
            self.usedFiles = usedFiles
            self.includeLookups = includeLookups
            self.search = search
        }
    }
}
