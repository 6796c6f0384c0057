import DictaStore
import Foundation
import Testing

/// Several `dicta` processes starting on the same new database: each creates or finds the
/// schema whole, and every batch is stored.
@Suite struct ConcurrentIngestTests {
    @Test func twoIngestsIntoABrandNewDatabaseBothSucceed() throws {
        // The race was lost about one run in four: twenty rounds make a pass by luck unlikely.
        for round in 0..<20 {
            let dir = try TempDir()
            try dir.write("a/one.txt", Fixtures.article(2 * round))
            try dir.write("b/two.txt", Fixtures.article(2 * round + 1))
            let db = dir.file("new.sqlite").path
            let inputs = [dir.file("a").path, dir.file("b").path]
            let lock = NSLock()
            nonisolated(unsafe) var results: [CLI.Result?] = [nil, nil]
            DispatchQueue.concurrentPerform(iterations: 2) { k in
                let r = try? CLI.run(["ingest", "--db", db, inputs[k]])
                lock.withLock { results[k] = r }
            }
            for r in results {
                let r = try #require(r)
                #expect(r.status == 0, "round \(round): \(r.stderr)")
            }
            #expect(try SQLiteStore(path: db).counts().articles == 2, "round \(round)")
        }
    }
}
