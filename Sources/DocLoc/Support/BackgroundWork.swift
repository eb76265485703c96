import Dispatch

/// Work started on another thread now and collected later with `wait()` (which may be called more than once).
/// For one large job beside the calling thread's own work — not a pool: `ParallelMap` shares out many items.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals; read only after a wait.
    private var value: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.finished.signal()
        }
    }

    public func wait() -> Value {
        finished.wait()
        defer { finished.signal() }
        return value!
    }

    /// The value, no longer held here (so the caller can let go of it): after a `wait()` on another thread, a
    /// `take()` waits for it; once taken, `wait()` and `take()` trap.
    public func take() -> Value {
        finished.wait()
        defer { finished.signal() }
        defer { value = nil }
        return value!
    }
}
