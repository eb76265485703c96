import Foundation

/// Durations as the CLI prints them.
public enum DurationText {
    /// Seconds with two decimals, as `%.2f` prints them ("0.06", "12.50"), without `String(format:)`: its first call
    /// sets up a locale, ~0.5 ms of every build.
    public static func seconds(_ interval: TimeInterval) -> String {
        let hundredths = interval.isFinite ? Int((max(0, min(interval, 1e15)) * 100).rounded()) : 0
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
