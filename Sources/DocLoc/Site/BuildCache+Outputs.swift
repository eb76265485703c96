extension BuildCache {
    /// A page made from template values alone (a locale index, the dashboard, the language chooser).
    public struct Rendered: Sendable, Equatable {
        /// SHA-256 of the template name, the values (`TemplateValues.add`), the theme and the generator.
        public var key: String
        /// SHA-256 of the bytes written.
        public var output: String

        public init(key: String, output: String) {
            self.key = key
            self.output = output
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
