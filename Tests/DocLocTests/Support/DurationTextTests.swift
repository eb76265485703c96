import Foundation
import Testing

@testable import DocLoc

@Suite struct DurationTextTests {
    @Test(arguments: [0, 0.004, 0.006, 0.06, 0.1, 0.994, 0.996, 1, 2.5, 12.345678, 61.99, 3600.01])
    func printsWhatPercentTwoFPrints(_ seconds: Double) {
        #expect(DurationText.seconds(seconds) == String(format: "%.2f", seconds))
    }

    @Test func negativeAndNonFiniteAreZero() {
        #expect(DurationText.seconds(-1) == "0.00")
        #expect(DurationText.seconds(.nan) == "0.00")
        #expect(DurationText.seconds(.infinity) == "0.00")
    }
}
