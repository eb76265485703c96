import Foundation
import Testing
@testable import DocLoc

@Suite struct BackgroundWorkTests {
    /// The work runs while the caller goes on; its value can be collected more than once.
    @Test func runsBesideTheCallerAndGivesItsValue() {
        let started = DispatchSemaphore(value: 0)
        let proceed = DispatchSemaphore(value: 0)
        let work = BackgroundWork { () -> [Int] in
            started.signal()
            proceed.wait()
            return (1...100).map { $0 * $0 }
        }
        // The work has started without waiting for `wait()`, and waits for this thread in turn.
        #expect(started.wait(timeout: .now() + 10) == .success)
        proceed.signal()
        #expect(work.wait().reduce(0, +) == 338_350)
        #expect(work.wait().count == 100)
    }

    /// `take()` hands the value over: the job keeps no reference, so the taker alone decides when it goes.
    @Test func takeLetsTheJobGoOfItsValue() {
        final class Payload: Sendable {}
        let work = BackgroundWork { Payload() }
        #expect(work.wait() === work.wait())
        weak var held: Payload?
        do {
            let taken = work.take()
            held = taken
            #expect(held != nil)
        }
        #expect(held == nil)
    }
}
