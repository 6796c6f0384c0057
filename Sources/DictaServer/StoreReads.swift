import DictaStore
import Dispatch
import Foundation

/// What the search page and `/api/quotes` read, kept per filter until the store changes, so
/// that a request costs what its page costs and not what the whole store costs.
///
/// - A page of statements is served only for the store generation it was read at: after an
///   ingest the next request reads it again (one request reads, the others asking for the same
///   page wait for it), so a page always shows every article stored before the request.
/// - Facet counts are the one part of a search that reads every matching statement (0.4 s for
///   the unfiltered page of a 5,000-article store). Once an ingest moves the generation on,
///   the old counts are still served and one recount starts in the background, off the
///   request threads: while articles arrive, counts may lag the statements by one recount,
///   and no request waits for it. Only a filter seen for the first time is counted while its
///   request waits.
final class StoreReads: Sendable {
    let store: any Store
    private let pages = GenerationCache<QuoteFilter, [StatementGroup]>(capacity: 256)
    private let counts = GenerationCache<QuoteFilter, StatementFacets>(capacity: 512)
    /// Encoded answers by route and query string, with the generations of the page and the
    /// counts they were made from: encoding is most of what a repeated search costs.
    private let bodies = GenerationCache<String, Body>(capacity: 512)

    private struct Body: Sendable {
        var page: Int64
        var counts: Int64
        var bytes: [UInt8]
    }

    init(store: any Store) {
        self.store = store
    }

    func statements(_ filter: QuoteFilter) throws -> (groups: [StatementGroup], generation: Int64) {
        let store = store
        return try pages.value(filter, generation: try store.generation(), staleAllowed: false) {
            try store.statements(filter)
        }
    }

    /// The facets of `filter` (its `limit` and `offset` play no part).
    func facets(_ filter: QuoteFilter) throws -> (facets: StatementFacets, generation: Int64) {
        var unpaged = filter
        unpaged.limit = nil
        unpaged.offset = nil
        let key = unpaged, store = store
        return try counts.value(key, generation: try store.generation(), staleAllowed: true) {
            try store.facets(key)
        }
    }

    /// The bytes `render` makes of the page and the counts of `filter`, made again only when
    /// either has changed. `key` names the route and its query string.
    func rendered(_ key: String, _ filter: QuoteFilter,
                  render: @escaping @Sendable ([StatementGroup], StatementFacets) throws -> [UInt8]) throws -> [UInt8] {
        let (groups, pageGeneration) = try statements(filter)
        let (facets, countsGeneration) = try facets(filter)
        if let body = bodies.peek(key), body.page == pageGeneration, body.counts == countsGeneration {
            return body.bytes
        }
        let body = Body(page: pageGeneration, counts: countsGeneration, bytes: try render(groups, facets))
        bodies.put(key, body, generation: min(pageGeneration, countsGeneration))
        return body.bytes
    }
}

/// Values by key, each tagged with the store generation it was computed at; see
/// ``StoreReads``. The least recently used key goes first once `capacity` are held.
///
/// A lock and a condition rather than an actor: the store's reads are synchronous, and a
/// request waiting for another's read of the same page must not start a second one.
final class GenerationCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private struct Entry {
        var generation: Int64 = .min
        var value: Value?
        var computing = false
        var lastUsed: UInt64 = 0
    }

    // Guarded by `condition`.
    private var entries: [Key: Entry] = [:]
    private var clock: UInt64 = 0
    private let condition = NSCondition()
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value of `key` at `generation` or later, and the generation it was computed at.
    /// With `staleAllowed`, an older value is returned at once while one background
    /// computation replaces it.
    func value(_ key: Key, generation: Int64, staleAllowed: Bool,
               compute: @escaping @Sendable () throws -> Value) throws -> (Value, Int64) {
        condition.lock()
        while true {
            clock += 1
            var e = entries[key] ?? Entry()
            e.lastUsed = clock
            if let v = e.value, e.generation >= generation {
                entries[key] = e
                condition.unlock()
                return (v, e.generation)
            }
            if staleAllowed, let v = e.value {
                let stale = e.generation
                let start = !e.computing
                e.computing = true
                entries[key] = e
                condition.unlock()
                if start {
                    DispatchQueue.global(qos: .utility).async {
                        // A failed recount keeps the old value; the next request tries again.
                        self.finish(key, generation: generation, value: try? compute())
                    }
                }
                return (v, stale)
            }
            if e.computing {
                entries[key] = e
                condition.wait()
                continue
            }
            e.computing = true
            entries[key] = e
            condition.unlock()
            do {
                let v = try compute()
                finish(key, generation: generation, value: v)
                return (v, generation)
            } catch {
                finish(key, generation: generation, value: nil)
                throw error
            }
        }
    }

    /// The value held for `key`, whatever its generation, without computing anything.
    func peek(_ key: Key) -> Value? {
        condition.lock()
        defer { condition.unlock() }
        return entries[key]?.value
    }

    /// Holds `value` for `key` as computed at `generation`.
    func put(_ key: Key, _ value: Value, generation: Int64) {
        finish(key, generation: generation, value: value, force: true)
    }

    private func finish(_ key: Key, generation: Int64, value: Value?, force: Bool = false) {
        condition.lock()
        defer {
            condition.broadcast()
            condition.unlock()
        }
        clock += 1
        var e = entries[key] ?? Entry()
        e.computing = false
        if let value, force || generation >= e.generation {
            e.value = value
            e.generation = generation
        }
        e.lastUsed = clock
        entries[key] = e
        if entries.count > capacity,
           let oldest = entries.filter({ !$0.value.computing }).min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key {
            entries[oldest] = nil
        }
    }
}
