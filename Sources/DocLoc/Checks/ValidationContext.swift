/// What every rule may look up: the content set, its files, each article's anchors, the model and its
/// resolver, and `ms.assetid`s per locale. Lookups are dictionary and set reads; what is built from the whole
/// set (the file tree, the asset ids) is built once per run and shared by every batch.
public struct ValidationContext: Sendable {
    public var content: ContentSet
    public var files: ContentFileIndex
    public var targets: TargetResolver
    public var model: ProductModel?
    public var resolver: ModelResolver?
    /// `locale` + lowercased `ms.assetid` → article paths, in path order, for asset ids that more than one
    /// article of the locale has.
    public var assetIDs: [String: [String]]

    public init(content: ContentSet, files: ContentFileIndex) {
        self.content = content
        self.files = files
        self.targets = TargetResolver(files: files, sourceLocale: content.configuration.source)
        self.model = content.model
        self.resolver = content.model.map(ModelResolver.init)
        self.assetIDs = content.lookups.assetIDs(content)
    }

    /// The context of a content set, with the lookups it shares with its other batches (the file tree is
    /// walked once per run).
    public init(content: ContentSet) {
        self.init(content: content, files: content.lookups.files(content))
    }

    /// The anchor names of the article at a content path (none when it is not an article).
    public func anchors(of path: String) -> Set<String> {
        precondition(content.holdsCheckLookups, "the content set let go of its anchors")
        guard let document = content.document(at: path), document.isUsable else { return [] }
        return document.anchorNames
    }

    static func assetKey(_ locale: String, _ id: String) -> String { "\(locale)|\(id.lowercased())" }

    /// The article a resolved target is, if it is one.
    public func article(at resolution: TargetResolution) -> Document? {
        resolution.file.flatMap(content.document(at:))
    }
}
