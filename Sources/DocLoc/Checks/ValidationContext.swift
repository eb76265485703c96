/// What every rule may look up, built once per check: the content set, its files, each article's anchors,
/// the model and its resolver, and `ms.assetid`s per locale. Lookups are dictionary and set reads.
public struct ValidationContext: Sendable {
    public var content: ContentSet
    public var files: ContentFileIndex
    public var targets: TargetResolver
    public var model: ProductModel?
    public var resolver: ModelResolver?
    /// Anchor names per article path.
    public var anchors: [String: Set<String>]
    /// `locale` + lowercased `ms.assetid` → article paths, in path order.
    public var assetIDs: [String: [String]]

    public init(content: ContentSet, files: ContentFileIndex) {
        self.content = content
        self.files = files
        self.targets = TargetResolver(files: files, sourceLocale: content.configuration.source)
        self.model = content.model
        self.resolver = content.model.map(ModelResolver.init)
        var anchors: [String: Set<String>] = [:]
        var assetIDs: [String: [String]] = [:]
        for document in content.documents where document.isUsable {
            anchors[document.path] = document.article.anchorNames
            if let id = document.article.frontMatter.assetID, !id.isEmpty {
                assetIDs[Self.assetKey(document.locale, id), default: []].append(document.path)
            }
        }
        self.anchors = anchors
        self.assetIDs = assetIDs.mapValues { $0.sorted() }
    }

    public init(content: ContentSet) {
        self.init(content: content, files: ContentFileIndex(walking: content.root))
    }

    static func assetKey(_ locale: String, _ id: String) -> String { "\(locale)|\(id.lowercased())" }

    /// The article a resolved target is, if it is one.
    public func article(at resolution: TargetResolution) -> Document? {
        resolution.file.flatMap(content.document(at:))
    }
}
