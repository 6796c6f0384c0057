import Foundation
import Synchronization
import Testing
@testable import DictaServer

/// The cache behind the search page and `/api/quotes`: a value holds for its generation, a
/// newer generation is read again, and a stale-allowed value is replaced in the background.
@Suite struct GenerationCacheTests {
    @Test func aValueHoldsUntilTheGenerationMoves() throws {
        let cache = GenerationCache<String, Int>(capacity: 8)
        let calls = Mutex(0)
        let compute: @Sendable () throws -> Int = { calls.withLock { $0 += 1; return $0 } }
        #expect(try cache.value("k", generation: 1, staleAllowed: false, compute: compute) == (1, 1))
        #expect(try cache.value("k", generation: 1, staleAllowed: false, compute: compute) == (1, 1))
        #expect(try cache.value("k", generation: 2, staleAllowed: false, compute: compute) == (2, 2))
        #expect(calls.withLock { $0 } == 2)
    }

    @Test func aStaleValueIsServedWhileOneRecountRuns() throws {
        let cache = GenerationCache<String, Int>(capacity: 8)
        let calls = Mutex(0)
        let compute: @Sendable () throws -> Int = { calls.withLock { $0 += 1; return $0 } }
        _ = try cache.value("k", generation: 1, staleAllowed: true, compute: compute)
        // Generation 2: the answer of generation 1 comes back at once, tagged as such.
        #expect(try cache.value("k", generation: 2, staleAllowed: true, compute: compute) == (1, 1))
        let deadline = Date().addingTimeInterval(10)
        var latest = (0, Int64(0))
        while Date() < deadline {
            latest = try cache.value("k", generation: 2, staleAllowed: true, compute: compute)
            if latest.1 == 2 { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(latest == (2, 2))
        #expect(calls.withLock { $0 } == 2, "one recount, however many requests saw the stale value")
    }

    @Test func aFailedReadIsNotKept() throws {
        struct Failure: Error {}
        let cache = GenerationCache<String, Int>(capacity: 8)
        #expect(throws: Failure.self) { try cache.value("k", generation: 1, staleAllowed: false) { throw Failure() } }
        #expect(try cache.value("k", generation: 1, staleAllowed: false) { 7 } == (7, 1))
    }

    @Test func theLeastRecentlyUsedKeyGoesFirst() throws {
        let cache = GenerationCache<Int, Int>(capacity: 2)
        for k in [1, 2] { _ = try cache.value(k, generation: 1, staleAllowed: false) { k } }
        _ = try cache.value(1, generation: 1, staleAllowed: false) { -1 }   // 1 used again
        _ = try cache.value(3, generation: 1, staleAllowed: false) { 3 }    // 2 goes
        #expect(cache.peek(1) == 1)
        #expect(cache.peek(2) == nil)
        #expect(cache.peek(3) == 3)
    }

    @Test func concurrentReadersOfOnePageReadItOnce() async throws {
        let cache = GenerationCache<String, Int>(capacity: 8)
        let calls = Mutex(0)
        let compute: @Sendable () throws -> Int = {
            Thread.sleep(forTimeInterval: 0.05)
            return calls.withLock { $0 += 1; return $0 }
        }
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { try await Task.detached { try cache.value("k", generation: 5, staleAllowed: false, compute: compute).0 }.value }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values == Array(repeating: 1, count: 8))
        #expect(calls.withLock { $0 } == 1)
    }
}
