import DictaCore
import DictaPipeline
import DictaStore
import Foundation
import Testing

/// Killing `dicta ingest` midway leaves every stored article whole.
@Suite struct KillTests {
    @Test func killedIngestLeavesOnlyWholeArticles() throws {
        let dir = try TempDir()
        let n = 400
        for i in 0..<n { try dir.write("in/\(String(format: "%04d", i)).txt", Fixtures.article(i)) }
        let db = dir.file("db.sqlite").path

        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["ingest", "--db", db, dir.file("in").path]
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait until some articles are in, then kill without warning.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let s = try? SQLiteStore(path: db), let c = try? s.counts().articles, c >= 5 { break }
            usleep(5_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()

        let store = try SQLiteStore(path: db)
        let stored = try store.allArticles()
        #expect(stored.count < n, "the ingest finished before it could be killed; the test proved nothing")
        // Every stored article has exactly the statements the pipeline finds in its source.
        let pipeline = Pipeline()
        for doc in stored {
            let fresh = try pipeline.run(Data(contentsOf: URL(fileURLWithPath: doc.article.source)), source: doc.article.source)
            #expect(doc.quotes == fresh.quotes, "\(doc.article.source) stored partly")
            #expect(doc.article.body == fresh.article.body)
        }
        // Ingesting again completes the batch and keeps what was there.
        let again = try CLI.run(["ingest", "--db", db, dir.file("in").path])
        #expect(again.status == 0)
        #expect(try SQLiteStore(path: db).counts().articles == n)
    }
}
