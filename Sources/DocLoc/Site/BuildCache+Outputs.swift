extension BuildCache {
    /// A page made from template values alone (a locale index, the dashboard, the language chooser).
    public struct Rendered: Sendable, Equatable {
        /// SHA-256 of the template name, the values (`TemplateValues.add`), the theme and the generator.
        public var key: String
        /// SHA-256 of the bytes written.
        public var output: String
        /// The size written, for a file the next build trusts by its size and modification time (`byteCount` of
        /// `OutputFolder.reusePage`): the search indexes and the sitemap.
        public var byteCount: Int?

        public init(key: String, output: String, byteCount: Int? = nil) {
            self.key = key
            self.output = output
            self.byteCount = byteCount
        }
    }

    /// Where each row of a page with streamed rows (`StreamedRows`: the dashboard, the locale indexes) stands in
    /// its bytes, by the row's key: when the page is written again, a row whose key is unchanged is copied from the
    /// previous page instead of rendered (`byteCount`: the page's size, so the previous file is taken as written only
    /// with that size).
    ///
    /// A row is its key's 32 bytes and two numbers, 48 bytes held inline: at 50,000 pairs the dashboard and both
    /// locale indexes have 50,000 rows each, and a hex string per key was ~110 bytes more a row, on the heap.
    public struct RowIndex: Sendable, Equatable {
        public struct Row: Sendable, Equatable {
            /// SHA-256 of the row's values, the values around the list and the row's template text.
            public var key: Digest256
            public var offset: Int
            public var length: Int

            public init(key: Digest256, offset: Int, length: Int) {
                self.key = key
                self.offset = offset
                self.length = length
            }
        }

        public var byteCount: Int
        public var rows: [Row]

        public init(byteCount: Int, rows: [Row]) {
            self.byteCount = byteCount
            self.rows = rows
        }
    }

    /// A content file copied into the site (an image), with the stamps of the original and of the copy
    /// when it was made: while neither changed, the next build links the copy instead of copying again.
    public struct CopiedFile: Sendable, Equatable {
        public var source: FileStamp
        public var copy: FileStamp

        public init(source: FileStamp, copy: FileStamp) {
            self.source = source
            self.copy = copy
        }
    }
}
