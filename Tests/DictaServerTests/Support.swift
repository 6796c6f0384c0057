import DictaCore
import DictaPipeline
import DictaStore
import Foundation
import HummingbirdTesting
import Testing
@testable import DictaServer

enum Fixtures {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The acceptance seeds beside the checkout (`../shared/acceptance/seeds`).
    static var seeds: [URL] {
        let dir = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/acceptance/seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// A page written for these tests: two people, one quoted twice.
    static let harbourPage = """
        <html><head><title>Ferry route approved - Harbour Notes</title>
        <meta property="og:site_name" content="Harbour Notes">
        <meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>
        <body><article><h1>Ferry route approved</h1>
        <p>The council approved the new ferry route on Tuesday after a long debate.</p>
        <p>"We waited years for this route and the islands will finally be connected," said Mayor Anna Berg.</p>
        <p>"The costs have not been counted properly," said Councillor Tom Reyes, who voted against the plan.</p>
        <p>Berg said the first boats would sail in spring.</p>
        </article></body></html>
        """

    /// Extracts `pages` (name, bytes) with the real pipeline and stores them.
    static func store(_ pages: [(String, Data)], in store: SQLiteStore) throws {
        let pipeline = Pipeline()
        for (name, data) in pages { try store.ingest(try pipeline.run(data, source: name)) }
    }

    static func memoryStore(_ label: String = #function, pages: [(String, Data)] = [("harbour.html", Data(harbourPage.utf8))]) throws -> SQLiteStore {
        let s = try SQLiteStore(inMemory: label)
        try store(pages, in: s)
        return s
    }

    static func body(_ response: TestResponse) -> String { String(buffer: response.body) }

    static func json(_ response: TestResponse) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
    }
}
