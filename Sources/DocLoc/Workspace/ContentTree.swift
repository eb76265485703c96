import Foundation

/// Every file and folder of a content tree, as `ContentFileIndex.walk` lists them (content-relative paths; hidden
/// entries skipped; a symbolic link only when it leads inside the tree). With `ContentLoader.walksTree` the
/// loader walks it on another thread while it reads the articles, and the checks' file index
/// (`ContentLookups.files`) and the site's asset lookup are made from it instead of walking the tree again on
/// the way (2 ms of an incremental build of the real corpus, on the thread everything waits for).
public struct ContentTree: Sendable {
    /// Regular files: `nl-NL/media/a.png`.
    public private(set) var files: Set<String> = []
    /// Folders: `nl-NL/admin`.
    public private(set) var folders: Set<String> = []

    public init(walking root: URL) {
        ContentFileIndex.walk(root, shared: { _ in nil }, file: { files.insert($0) }, folder: { folders.insert($0) })
    }

    /// Keeps the documents' own path strings instead of the walk's equal copies (100,000 strings at 50k pairs).
    mutating func share(pathsOf documents: [Document]) {
        for document in documents where files.contains(document.path) {
            files.update(with: document.path)
        }
    }
}
