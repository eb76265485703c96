import Foundation

/// Finds, in the git history of a source file, the version a translation was made from — the commit whose
/// file has the translation's recorded fingerprint — and diffs it against today's source.
public struct SourceHistory: Sendable {
    /// The repository's top folder, or nil when the content is not in a git repository.
    public let repositoryRoot: URL?

    public init(contentRoot: URL) {
        let top = try? GitRunner(directory: contentRoot).text(["rev-parse", "--show-toplevel"]).trimmingSpaces
        repositoryRoot = top.flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
    }

    /// The diff for a pair, looked up only for translations that record a fingerprint.
    public func diff(for drift: PairDrift, in content: ContentSet) -> SourceDiff {
        guard let recorded = drift.recordedFingerprint?.lowercased(), !recorded.isEmpty else {
            return SourceDiff(outcome: .noFingerprint)
        }
        guard let repositoryRoot else { return SourceDiff(outcome: .noRepository) }
        guard let sourcePath = drift.sourcePath else { return SourceDiff(outcome: .versionNotFound) }
        let file = content.root.appendingPathComponent(sourcePath)
        guard let today = FileManager.default.contents(atPath: file.path) else { return SourceDiff(outcome: .versionNotFound) }
        guard let (commit, bytes) = version(of: file, fingerprint: recorded, repository: repositoryRoot) else {
            return SourceDiff(outcome: .versionNotFound)
        }
        let text = UnifiedDiff(oldName: "\(sourcePath) (\(commit.prefix(12)), translated)", newName: "\(sourcePath) (today)")
            .diff(String(decoding: bytes, as: UTF8.self), String(decoding: today, as: UTF8.self))
        return SourceDiff(outcome: .found, baseCommit: commit, diff: text)
    }

    /// The newest commit whose version of the file has the fingerprint, and that version's bytes.
    func version(of file: URL, fingerprint: String, repository: URL) -> (String, Data)? {
        let git = GitRunner(directory: repository)
        let real = file.resolvingSymlinksInPath().path
        let top = repository.resolvingSymlinksInPath().path
        guard real.hasPrefix(top + "/") else { return nil }
        let relative = String(real.dropFirst(top.count + 1))
        // `--follow --name-only` gives the file's path at each commit, across renames.
        guard let log = try? git.text(["log", "--follow", "--format=commit %H", "--name-only", "--", relative]) else { return nil }
        var commit: String?
        for line in log.split(separator: "\n") {
            if line.hasPrefix("commit ") {
                commit = String(line.dropFirst(7))
            } else if let c = commit, !line.isEmpty {
                commit = nil
                guard let bytes = try? git.run(["show", "\(c):\(line)"]) else { continue }
                if Fingerprint.of([UInt8](bytes)) == fingerprint { return (c, bytes) }
            }
        }
        return nil
    }
}
