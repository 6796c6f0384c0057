import DictaCore
import DictaPipeline
import DictaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DictaServer

/// `dicta serve` and `dicta ingest` on one file: the server reads while another connection
/// (as another process would) writes, and every answer is whole.
@Suite struct ConcurrencyTests {
    static func page(_ i: Int) -> Data {
        Data("""
            <html><head><title>Council vote \(i)</title></head><body><article><h1>Council vote \(i)</h1>
            <p>The council met for session \(i) and voted on the harbour budget after a long debate.</p>
            <p>"Session \(i) settled the budget for the harbour at last," said Mayor Anna Berg.</p>
            </article></body></html>
            """.utf8)
    }

    @Test func servingWhileAnotherConnectionIngests() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dicta-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("dicta.sqlite").path
        let server = try SQLiteStore(path: path)
        let writer = try SQLiteStore(path: path)
        let count = 40
        let progress = Progress()
        let ingest = Task.detached {
            defer { Task { await progress.finish() } }
            // Writing starts once the server has answered once, so some answers come mid-write.
            while !(await progress.asked) { try await Task.sleep(for: .milliseconds(1)) }
            let pipeline = Pipeline()
            for i in 0..<count { try writer.ingest(try pipeline.run(Self.page(i), source: "vote\(i).html")) }
        }
        let totals = try await Application(router: DictaServer.router(store: server)).test(.router) { client -> [Int] in
            // Ask while the writer writes, then after it has finished until the count has caught
            // up: counts are recounted in the background once the store changes (StoreReads).
            var totals: [Int] = []
            var finishedAt: Date?
            while totals.last != count, Date().timeIntervalSince(finishedAt ?? Date()) < 20 {
                if finishedAt == nil, await progress.done { finishedAt = Date() }
                let (total, listed) = try await client.execute(uri: "/api/quotes?speaker=Berg&limit=100", method: .get) { response -> (Int, Int) in
                    #expect(response.status == .ok)
                    let page = try #require(try Fixtures.json(response) as? [String: Any])
                    let statements = try #require(page["statements"] as? [[String: Any]])
                    return (try #require(page["total"] as? Int), statements.count)
                }
                totals.append(total)
                await progress.ask()
                // The page itself is never stale: once the writer is done it lists every article.
                if finishedAt != nil { #expect(listed == count) }
                try await client.execute(uri: "/", method: .get) { response in #expect(response.status == .ok) }
                try await Task.sleep(for: .milliseconds(5))
            }
            return totals
        }
        try await ingest.value
        #expect(totals == totals.sorted(), "a later answer never sees fewer statements")
        #expect(totals.last == count)
        #expect(totals.count > 1)
    }

}

actor Progress {
    private(set) var done = false
    private(set) var asked = false
    func finish() { done = true }
    func ask() { asked = true }
}
