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

    /// On a thread of its own, the work runs beside the caller just the same (and not on the caller's thread).
    @Test func aJobOnItsOwnThreadRunsBesideTheCaller() {
        let caller = pthread_self()
        let proceed = DispatchSemaphore(value: 0)
        let work = BackgroundWork(ownThread: true) { () -> Bool in
            proceed.wait()
            return pthread_equal(pthread_self(), caller) != 0
        }
        proceed.signal()
        #expect(work.wait() == false)
        #expect(work.take() == false)
    }

    /// Once waited for, the job no longer holds the work: the caller's last reference is the last, so the value goes
    /// on the caller's thread when it lets go — not later, on the worker, maybe as the process exits (a build that
    /// stopped with an error exited while the worker was still freeing the theme, and LeakSanitizer reported it).
    @Test(arguments: [false, true]) func theCallerLetsGoOfTheValueLast(ownThread: Bool) {
        // A race the old job lost only now and then (it signalled, then let go of the work): a hundred tries.
        var goneAtOnce = 0
        for _ in 0..<100 {
            let destroyed = ManagedFlag()
            var work: BackgroundWork<Tracked>? = BackgroundWork(ownThread: ownThread) { Tracked { destroyed.set() } }
            _ = work?.wait()
            work = nil
            if destroyed.isSet { goneAtOnce += 1 }
        }
        #expect(goneAtOnce == 100)
    }

    /// `waitUntilDone()` returns once the work is done, also after its value was taken.
    @Test func waitUntilDoneWaitsForTheWorkTakenOrNot() {
        let finished = ManagedFlag()
        let work = BackgroundWork { () -> Int in
            usleep(20_000)
            finished.set()
            return 1
        }
        work.waitUntilDone()
        #expect(finished.isSet)
        #expect(work.take() == 1)
        work.waitUntilDone()
    }
}

/// A flag set on one thread and read on another (after a wait that orders the two).
private final class ManagedFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}

/// Calls `onDeinit` as it goes.
private final class Tracked: Sendable {
    let onDeinit: @Sendable () -> Void
    init(_ onDeinit: @escaping @Sendable () -> Void) { self.onDeinit = onDeinit }
    deinit { onDeinit() }
}
