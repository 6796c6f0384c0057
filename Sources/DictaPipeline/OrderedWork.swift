import Foundation

/// Work on many items over several threads, results handed on in input order.
///
/// Written here rather than with `TaskGroup` because the consumer (printing, storing) is
/// synchronous code that must see item *i* before item *i + 1* while later items are already
/// being worked on, and because the work (libxml2, the pipeline) is blocking CPU work that
/// should not occupy the cooperative pool. Workers run at most `window` items ahead of the
/// consumer, so memory is bounded by the window, not by the batch.
public enum OrderedWork {
    /// The number of cores this process may use.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Calls `work` for `0..<count` on `jobs` threads and `consume` for each result on the
    /// calling thread, in index order. With one job (or one item) everything runs on the
    /// calling thread, in order, as a plain loop would.
    public static func run<T: Sendable>(count: Int, jobs: Int, window: Int? = nil,
                                        work: @escaping @Sendable (Int) -> T, consume: (Int, T) -> Void) {
        guard count > 0 else { return }
        let counter = Counter(count)
        stream(jobs: min(jobs, count), window: window, next: { counter.next() }, work: work, consume: consume)
    }

    /// Like ``run(count:jobs:window:work:consume:)`` over inputs that `next` hands out one at
    /// a time until it returns nil (lines of a file of unknown length, say). `next` is called
    /// by one thread at a time, in input order; `consume` gets each input's index and result.
    public static func stream<I: Sendable, T: Sendable>(jobs: Int, window: Int? = nil, next: @escaping () -> I?,
                                              work: @escaping @Sendable (I) -> T, consume: (Int, T) -> Void) {
        let workers = max(1, jobs)
        if workers == 1 {
            var i = 0
            while let input = next() {
                consume(i, work(input))
                i += 1
            }
            return
        }
        let state = OrderedSlots<I, T>(window: max(window ?? workers * 4, workers), next: next)
        for _ in 0..<workers {
            let thread = Thread { state.serve(work) }
            // The HTML parser and the pipeline recurse on deep pages: the main thread's 8 MB,
            // not a smaller default.
            thread.stackSize = 8 << 20
            thread.start()
        }
        var i = 0
        while let result = state.take(i) {
            consume(i, result)
            i += 1
        }
    }
}

/// Hands out `0..<count`.
private final class Counter: @unchecked Sendable {
    private var i = 0
    private let count: Int
    init(_ count: Int) { self.count = count }
    /// Called under ``OrderedSlots``' lock (or by one thread).
    func next() -> Int? {
        guard i < count else { return nil }
        defer { i += 1 }
        return i
    }
}

/// The shared state of ``OrderedWork``: the input source, how many inputs were claimed, the
/// results not yet taken, and how far the consumer has got. Every field (and `next`) is used
/// under `condition` only, which is what makes the unchecked `Sendable` sound.
private final class OrderedSlots<I: Sendable, T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private let next: () -> I?
    private var claimed = 0
    private var exhausted = false
    private var taken = 0
    private var done: [Int: T] = [:]

    init(window: Int, next: @escaping () -> I?) {
        self.window = window
        self.next = next
    }

    func serve(_ work: @Sendable (I) -> T) {
        while true {
            condition.lock()
            while !exhausted && claimed >= taken + window { condition.wait() }
            guard !exhausted, let input = next() else {
                exhausted = true
                condition.broadcast()
                condition.unlock()
                return
            }
            let i = claimed
            claimed += 1
            condition.unlock()
            let result = work(input)
            condition.lock()
            done[i] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Result `i`, waiting for it; nil once the inputs ran out before `i`.
    func take(_ i: Int) -> T? {
        condition.lock()
        defer { condition.unlock() }
        while done.index(forKey: i) == nil {
            if exhausted && i >= claimed { return nil }
            condition.wait()
        }
        let result = done.removeValue(forKey: i)!
        taken = i + 1
        condition.broadcast()
        return result
    }
}
