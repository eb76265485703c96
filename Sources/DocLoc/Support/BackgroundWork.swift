import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Work started on another thread now and collected later with `wait()` (which may be called more than once).
/// For one large job beside the calling thread's own work — not a pool: `ParallelMap` shares out many items.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals; read only after a wait.
    private var value: Value?

    /// Runs `compute` on a global queue — or, with `ownThread`, on a thread of its own, for a job the caller will soon
    /// wait for: the first job dispatched to a global queue started 1.5-2 ms later in an incremental build of the
    /// real corpus (libdispatch setting up its pool, which starts a second thread before the job), and that job,
    /// the previous build's cache, is what the loader waits for. (Every job on a thread of its own was slower: more
    /// threads than cores, the caller's among them.) A global queue still takes the job should no thread start.
    public init(ownThread: Bool = false, _ compute: @escaping @Sendable () -> Value) {
        // The job holds the work unmanaged and lets go of it before it signals: the waiter's reference is then the
        // last, and the value goes on the thread that lets go of it. A job that signalled first often still held
        // the work as the waiter went on — half the time on a thread of its own — and freed the value later, on the
        // worker: a build that stopped with an error exited while the worker was still freeing the theme, and
        // LeakSanitizer reported that as leaked.
        let (held, finished) = (Unmanaged.passRetained(self), self.finished)
        let job = { @Sendable in
            do {
                let work = held.takeRetainedValue()
                work.value = compute()
            }
            finished.signal()
        }
        if !ownThread || !Self.startThread(job) { DispatchQueue.global().async(execute: job) }
    }

    /// Starts a detached thread that runs `job`; false when none could be started.
    private static func startThread(_ job: @escaping @Sendable () -> Void) -> Bool {
        let box = Unmanaged.passRetained(JobBox(job))
        #if canImport(Glibc)
            var thread = pthread_t()
        #else
            var thread: pthread_t?
        #endif
        let started = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<JobBox>.fromOpaque(raw).takeRetainedValue().job()
            return nil
        }, box.toOpaque())
        guard started == 0 else {
            box.release()
            return false
        }
        #if canImport(Glibc)
            pthread_detach(thread)
        #else
            if let thread { pthread_detach(thread) }
        #endif
        return true
    }

    public func wait() -> Value {
        finished.wait()
        defer { finished.signal() }
        return value!
    }

    /// Returns once the work is done, whether or not its value was taken (so a caller that failed half way never
    /// leaves it running).
    public func waitUntilDone() {
        finished.wait()
        finished.signal()
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

/// A job handed to a new thread.
private final class JobBox: Sendable {
    let job: @Sendable () -> Void
    init(_ job: @escaping @Sendable () -> Void) { self.job = job }
}
