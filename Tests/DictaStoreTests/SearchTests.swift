import DictaCore
import Testing
@testable import DictaStore

@Suite struct SearchTests {
    /// Enough unrelated rows that bm25's document frequencies are not all clamped to zero.
    static func storeWithFiller() throws -> SQLiteStore {
        let store = try makeStore(.memory, "search")
        let topics = ["weather", "harvest", "football", "railways", "museums", "taxes"]
        for i in 0..<30 {
            let topic = topics[i % topics.count]
            try store.ingest(fixture("Notes on \(topic) \(i)", said: [
                Said(speaker: "Filler Person\(i % 3)", text: "The \(topic) report number \(i) is out"),
                Said(speaker: nil, text: "Nothing else about \(topic) today"),
            ]))
        }
        return store
    }

    @Test func aWordInTheStatementRanksAboveTheSameWordOnlyInTheTitle() throws {
        let store = try Self.storeWithFiller()
        let inTitle = fixture("Pipeline dispute widens", said: [
            Said(speaker: "Marta Lind", text: "We will talk about it later"),
        ])
        let inText = fixture("Budget talks", said: [
            Said(speaker: "Karl Ost", text: "The pipeline is safe and the pipeline is ready"),
        ])
        try store.ingest(inTitle)
        try store.ingest(inText)

        let hits = try store.search("pipeline", limit: 10)
        #expect(hits.count == 3)   // the statement that says it, and title row + statement of the other
        let first = try #require(hits.first)
        #expect(first.kind == .quote)
        #expect(first.articleID == inText.article.id)
        #expect(first.speaker == "Karl Ost")
        #expect(first.text == "The pipeline is safe and the pipeline is ready")
        #expect(first.title == "Budget talks")
        #expect(first.snippet.contains("[pipeline]"))
        #expect(first.score < 0)   // bm25 is working, not clamped to zero
        #expect(hits.dropFirst().allSatisfy { $0.articleID == inTitle.article.id && $0.score > first.score })
        #expect(hits.contains { $0.kind == .article && $0.text == nil && $0.speaker == nil })
    }

    @Test func moreMentionsRankHigher() throws {
        let store = try Self.storeWithFiller()
        try store.ingest(fixture("One", said: [Said(speaker: nil, text: "Sanctions were mentioned once here among many other words")]))
        try store.ingest(fixture("Two", said: [Said(speaker: nil, text: "Sanctions, sanctions and sanctions again")]))
        let hits = try store.search("sanctions", limit: 5)
        #expect(hits.map(\.title) == ["Two", "One"])
    }

    @Test func speakerNamesAreSearchable() throws {
        let store = try Self.storeWithFiller()
        try store.ingest(fixture("Visit", said: [Said(speaker: "Sergei Shoigu", text: "We prefer the negotiating table")]))
        let hits = try store.search("Shoigu table", limit: 5)
        #expect(hits.map(\.text) == ["We prefer the negotiating table"])
    }

    @Test func cyrillicAndAccentsMatchIgnoringCaseAndDiacritics() throws {
        let store = try Self.storeWithFiller()
        try store.ingest(fixture("Переговоры в Женеве", said: [Said(speaker: "Иван Петров", text: "Мы готовы к диалогу")]))
        try store.ingest(fixture("Réunion à Genève", said: [Said(speaker: "Jérôme Côté", text: "La réunion était très utile")]))
        #expect(try store.search("ДИАЛОГУ", limit: 5).map(\.speaker) == ["Иван Петров"])
        #expect(try store.search("переговоры", limit: 5).first?.kind == .article)
        #expect(try store.search("reunion etait", limit: 5).map(\.speaker) == ["Jérôme Côté"])
        #expect(try store.search("jerome", limit: 5).count == 1)
    }

    @Test(arguments: ["NATO\"", "AND (", "\"", "*", "NEAR(", "quoteText: weather", "-weather",
                      "^weather", "weather OR", "(", ")", "{title}:", "'", "a\"b\"c"])
    func searchSyntaxInAQueryIsNeverAnError(query: String) throws {
        let store = try Self.storeWithFiller()
        _ = try store.search(query, limit: 5)
    }

    @Test func syntaxCharactersAreTakenAsWords() throws {
        let store = try Self.storeWithFiller()
        try store.ingest(fixture("Summit", said: [Said(speaker: nil, text: "NATO is not a threat")]))
        #expect(try store.search("NATO\"", limit: 5).count == 1)
        #expect(try store.search("weather OR", limit: 5).isEmpty)   // OR is a word here, not an operator
    }

    @Test func aControlCharacterSeparatesWordsAndIsNoError() throws {
        let store = try Self.storeWithFiller()
        try store.ingest(fixture("Summit", said: [Said(speaker: nil, text: "NATO is not a threat")]))
        #expect(try store.search("NATO\u{0}threat", limit: 5).count == 1)
        #expect(try store.search("\u{0}NATO", limit: 5).count == 1)
        #expect(try store.quotes(QuoteFilter(about: "NATO\u{0}threat")).count == 1)
        var filter = QuoteFilter()
        filter.query = "threat\u{1}"
        #expect(try store.quotes(filter).count == 1)
    }

    @Test func anEmptyQueryFindsNothing() throws {
        let store = try Self.storeWithFiller()
        #expect(try store.search("", limit: 5).isEmpty)
        #expect(try store.search("   ", limit: 5).isEmpty)
        #expect(try store.search("?!", limit: 5).isEmpty)
        #expect(try store.search("weather", limit: 0).isEmpty)
    }

    @Test func limitBoundsTheHits() throws {
        let store = try Self.storeWithFiller()
        #expect(try store.search("weather", limit: 3).count == 3)
    }
}
