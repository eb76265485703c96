/// Turns a drift report into one output format. One type per format.
public protocol DriftFormatter: Sendable {
    func format(_ report: DriftReport) -> String
}
