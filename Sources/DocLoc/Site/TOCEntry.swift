/// A heading listed in the on-page table of contents.
public struct TOCEntry: Hashable, Sendable {
    public var title: String
    public var id: String
    public var level: Int
}
