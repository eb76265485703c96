import Foundation
import Testing
@testable import DocLoc

@Suite struct SharedCountTests {
    @Test func addsFromManyThreadsWithoutLosingAny() {
        let count = SharedCount()
        DispatchQueue.concurrentPerform(iterations: 1000) { index in count.add(index % 3) }
        #expect(count.value == (0..<1000).reduce(0) { $0 + $1 % 3 })
    }
}
