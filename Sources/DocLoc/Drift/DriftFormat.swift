/// The `--format` values of `docloc drift`.
public enum DriftFormat: String, CaseIterable, Sendable {
    case text, json

    public func formatter() -> any DriftFormatter {
        switch self {
        case .text: DriftTextFormatter()
        case .json: DriftJSONFormatter()
        }
    }
}
