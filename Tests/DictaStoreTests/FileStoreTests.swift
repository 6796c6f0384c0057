import Foundation
import GRDB
import Testing
@testable import DictaStore

@Suite struct FileStoreTests {
    @Test func migrationsRunOnAFileAndReopenCleanly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("corpus.sqlite").path
        let doc = fixture("Kept", said: [Said(speaker: "Anna Berg", text: "Still here")])

        do {
            let store = try SQLiteStore(path: path)
            #expect(FileManager.default.fileExists(atPath: path))
            #expect(try store.schemaVersions() == ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10"])
            try store.ingest(doc)
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.schemaVersions() == ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10"])
        #expect(try reopened.counts() == StoreCounts(articles: 1, quotes: 1, people: 1))
        #expect(try reopened.article(id: doc.article.id) == doc)
        #expect(try reopened.ingest(doc) == .unchanged)
    }

    @Test func aStoreFromBeforeReprintsIsGroupedWhenOpened() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        // A store as Dicta wrote it before reprints: schema v2, two articles carrying one statement.
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v2")
            try queue.write { db in
                for (id, text) in [("a", "The budget will pass before the summer recess."), ("b", "“The budget will pass before the summer recess”")] {
                    try db.execute(sql: """
                        INSERT INTO article (id, source, authors, keywords, body, ingestedAt)
                        VALUES (?, ?, '[]', '[]', ?, '2024-01-01 00:00:00')
                        """, arguments: [id, id + ".txt", text])
                    try db.execute(sql: """
                        INSERT INTO quote (articleId, position, kind, text, content, hasSpeaker, speakerName, confidence)
                        VALUES (?, 0, 'direct', ?, '[[0, 1]]', 0, NULL, 0.9)
                        """, arguments: [id, text])
                }
            }
        }
        do {
            // And a person quoted with an office, whose evidence v3 indexes.
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO person (id, name, surnameKey) VALUES (7, 'Anna Berg', 'berg')")
                try db.execute(sql: """
                    INSERT INTO quote (articleId, position, kind, text, content, hasSpeaker, speakerName, personId, role, confidence)
                    VALUES ('a', 1, 'direct', 'Something else', '[[0, 1]]', 1, 'Anna Berg', 7, 'Defense Minister', 0.9)
                    """)
            }
        }
        let store = try SQLiteStore(path: path)
        #expect(try store.schemaVersions() == ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10"])
        #expect(try store.statements(QuoteFilter()).map(\.sourceCount) == [2, 1])
        // A surname with the same office, in another outlet and month: merged on the old evidence.
        try store.ingest(fixture("Later", outlet: "Elsewhere", published: "2030-01-01",
                                 said: [Said(speaker: "Berg", text: "Later words", mention: "Defense Minister Berg")]))
        #expect(try store.speakers().map(\.name) == ["Anna Berg"])
    }

    @Test func anIngestIsVisibleFromASecondStoreOnTheSamePath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("shared.sqlite").path
        let writer = try SQLiteStore(path: path)
        let reader = try SQLiteStore(path: path)
        #expect(try reader.counts().articles == 0)

        let doc = fixture("Shared", said: [Said(speaker: "Sergei Shoigu", text: "Seen from afar")])
        try writer.ingest(doc)
        #expect(try reader.counts() == StoreCounts(articles: 1, quotes: 1, people: 1))
        #expect(try reader.search("afar", limit: 5).count == 1)
        // People resolution sees what the other store wrote.
        try reader.ingest(fixture("Echo", said: [Said(speaker: "Sergey Shoigu", text: "Echo")]))
        #expect(try writer.speakers().map(\.aliases) == [["Sergey Shoigu"]])
        #expect(try reader.ingest(doc) == .unchanged)
    }

    @Test func concurrentIngestsStoreEveryArticleOnce() async throws {
        let store = try makeStore(.file)
        let docs = (0..<20).map { fixture("Parallel \($0)", said: [Said(speaker: "Petra Kühn", text: "Number \($0)")]) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for doc in docs + docs {
                group.addTask { try store.ingest(doc) }
            }
            try await group.waitForAll()
        }
        #expect(try store.counts() == StoreCounts(articles: 20, quotes: 20, people: 1))
    }

    @Test func aFolderThatDoesNotExistIsAClearError() throws {
        let path = "/nonexistent-dicta-folder/\(UUID().uuidString)/corpus.sqlite"
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            guard case let .cannotOpen(p, _) = error as? StoreError else { return false }
            return p == path && (error as? StoreError)?.description.contains(path) == true
        }
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.txt").path
        try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            if case .cannotOpen = error as? StoreError { return true }
            return false
        }
    }

    @Test func searchRowsFromBeforeV9StillFindTheirStatements() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("v8.sqlite").path
        // A v8 store: search rows numbered in insertion order, a title row first.
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v8")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO article (id, source, title, authors, keywords, body, ingestedAt)
                    VALUES ('a', 'a.txt', 'Harbour budget', '[]', '[]', 'The ferries will run all winter.', '2024-01-01 00:00:00');
                    INSERT INTO quote (id, articleId, position, kind, text, content, hasSpeaker, confidence, groupId)
                    VALUES (41, 'a', 0, 'direct', 'The ferries will run all winter.', '[[0, 32]]', 0, 0.9, 41);
                    INSERT INTO searchIndex (quoteText, speaker, title, articleId, quoteId)
                    VALUES (NULL, NULL, 'Harbour budget', 'a', NULL), ('The ferries will run all winter.', NULL, 'Harbour budget', 'a', 41);
                    """)
            }
        }
        let store = try SQLiteStore(path: path)
        var filter = QuoteFilter()
        filter.query = "ferries"
        #expect(try store.statements(filter).map(\.statement.quote.text) == ["The ferries will run all winter."])
        filter.query = "harbour"
        #expect(try store.statements(filter).count == 1, "a title word finds the statement row that carries it")
        #expect(try store.search("harbour", limit: 5).count == 2)
        // New rows go on without clashing with the migrated ones.
        try store.ingest(fixture("Harbour news", said: [Said(speaker: "Anna Berg", text: "The ferries will stop in March.")]))
        filter.query = "ferries"
        #expect(try store.statements(filter).count == 2)
        #expect(try store.generation() == 1)
    }
}
