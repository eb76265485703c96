/// The status of a translation pair (DESIGN.md contract).
public enum DriftStatus: String, Codable, Sendable, CaseIterable {
    case current, outdated, missing, orphaned
}
