/// A source article and its translation into one locale; either side may be missing.
public struct TranslationPair: Hashable, Sendable {
    public enum Match: String, Hashable, Sendable, Codable {
        /// Same relative path in both locales.
        case path
        /// Different paths, equal `ms.assetid`.
        case assetID = "assetid"
    }

    /// The source's relative path (the translation's when there is no source).
    public var relativePath: String
    public var locale: String
    /// Indexes into `ContentSet.documents`.
    public var source: Int?
    public var translation: Int?
    public var match: Match?
}
