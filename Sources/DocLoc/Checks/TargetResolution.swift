/// Where a relative reference (link, image, include) of an article leads in the content set.
public enum TargetResolution: Hashable, Sendable {
    /// To a file. `fallback` is true when the article's own locale lacks it and the source locale's copy is used.
    case file(path: String, fallback: Bool)
    /// To a folder (`fallback` as for files); `index` is the folder's index page, if it has one.
    case folder(path: String, index: String?, fallback: Bool)
    /// To nothing: `path` is where it points in the article's locale; `caseVariant` a file that differs only
    /// in letter case.
    case missing(path: String, caseVariant: String?)
    /// It climbs out of the content tree (`../../../etc/passwd`); never looked at.
    case outsideContent
    /// An absolute filesystem path (`file:///…`, `C:\…`); never looked at.
    case filesystemPath

    /// The file reached, if any.
    public var file: String? {
        switch self {
        case .file(let path, _): path
        case .folder(_, let index, _): index
        default: nil
        }
    }

    public var isFallback: Bool {
        switch self {
        case .file(_, let f), .folder(_, _, let f): f
        default: false
        }
    }
}
