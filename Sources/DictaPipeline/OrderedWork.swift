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
        let workers = min(max(1, jobs), count)
        if workers == 1 {
            for i in 0..<count { consume(i, work(i)) }
            return
        }
        let state = OrderedSlots<T>(count: count, window: max(window ?? workers * 4, workers))
        for _ in 0..<workers {
            let thread = Thread { state.serve(work) }
            // The HTML parser and the pipeline recurse on deep pages: the main thread's 8 MB,
            // not a smaller default.
            thread.stackSize = 8 << 20
            thread.start()
        }
        for i in 0..<count { consume(i, state.take(i)) }
    }
}

/// The shared state of ``OrderedWork``: the next index to claim, the results not yet taken,
/// and how far the consumer has got. Every field is read and written under `condition`.
private final class OrderedSlots<T: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var taken = 0
    private var done: [Int: T] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    func serve(_ work: @Sendable (Int) -> T) {
        while true {
            condition.lock()
            while next < count && next >= taken + window { condition.wait() }
            guard next < count else {
                condition.unlock()
                return
            }
            let i = next
            next += 1
            condition.unlock()
            let result = work(i)
            condition.lock()
            done[i] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    func take(_ i: Int) -> T {
        condition.lock()
        defer { condition.unlock() }
        while done.index(forKey: i) == nil { condition.wait() }
        let result = done.removeValue(forKey: i)!
        taken = i + 1
        condition.broadcast()
        return result
    }
}
