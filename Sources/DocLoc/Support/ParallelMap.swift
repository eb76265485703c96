import Dispatch
import Foundation

/// Maps a function over an array on every core, keeping the order of the input.
public enum ParallelMap {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 2 { return items.map(transform) }
        let results = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }

    /// Runs `body` for every item on every core.
    public static func forEach<T: Sendable>(_ items: [T], _ body: @Sendable (T) -> Void) {
        if items.count < 2 { return items.forEach(body) }
        DispatchQueue.concurrentPerform(iterations: items.count) { body(items[$0]) }
    }
}

/// Write-once slots filled from many threads; each index is written by exactly one iteration.
private final class ResultBox<R>: @unchecked Sendable {
    private var storage: [R?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: R) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    func values() -> [R] { storage.map { $0! } }
}
