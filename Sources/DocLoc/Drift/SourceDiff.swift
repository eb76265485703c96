/// What changed in a source since its translation was made: the version the translation was made from
/// (found in git by its fingerprint) and the unified diff from it to today's source.
public struct SourceDiff: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable {
        /// The version was found; `diff` holds the changes (empty when none).
        case found
        /// The content is not in a git repository.
        case noRepository = "no-repository"
        /// The translation records no fingerprint.
        case noFingerprint = "no-fingerprint"
        /// No version of the source in its git history has the recorded fingerprint.
        case versionNotFound = "version-not-found"
    }

    public var outcome: Outcome
    /// The commit whose version of the source has the recorded fingerprint.
    public var baseCommit: String?
    /// The unified diff from that version to today's source.
    public var diff: String

    public init(outcome: Outcome, baseCommit: String? = nil, diff: String = "") {
        self.outcome = outcome
        self.baseCommit = baseCommit
        self.diff = diff
    }

    /// One line for the text report when there is no diff to show.
    public var explanation: String {
        switch outcome {
        case .found: diff.isEmpty ? "the source has the same lines as the version translated" : "changes since \(baseCommit?.prefix(12) ?? "")"
        case .noRepository: "no diff: the content is not in a git repository"
        case .noFingerprint: "no diff: the translation records no ms.openlocfilehash"
        case .versionNotFound: "no diff: no version of the source in its git history has the recorded fingerprint"
        }
    }
}
