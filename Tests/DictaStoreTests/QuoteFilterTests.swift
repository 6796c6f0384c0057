import DictaCore
import Testing
@testable import DictaStore

@Suite struct QuoteFilterTests {
    /// Three articles: March (Sputnik), May (Reuters), undated (TASS).
    static func corpus() throws -> SQLiteStore {
        let store = try makeStore(.memory, "filters")
        try store.ingest(fixture("March", outlet: "Sputnik", published: "2024-03-05", said: [
            Said(speaker: "Sergei Shoigu", text: "NATO expansion worries us"),
            Said(speaker: "Jens Stoltenberg", text: "the alliance remains open", kind: .indirect),
        ]))
        try store.ingest(fixture("May", outlet: "Reuters", published: "2024-05-20T10:00:00Z", said: [
            Said(speaker: "Sergey Shoigu", text: "talks on grain exports", kind: .mixed),
            Said(speaker: nil, text: "Nobody expected the grain deal"),
        ]))
        try store.ingest(fixture("Undated", outlet: "TASS", said: [
            Said(speaker: "Shoigu", text: "Exports are growing"),
        ]))
        return store
    }

    /// The texts of the statements `filter` returns, in order.
    static func texts(_ filter: QuoteFilter) throws -> [String] {
        try corpus().quotes(filter).map(\.quote.text)
    }

    @Test func minConfidenceKeepsTheSurerAttributions() throws {
        let store = try makeStore(.memory, "confidence")
        var doc = fixture("Mixed", said: [Said(speaker: "Anna Berg", text: "The ferries run"), Said(speaker: "Tom Reyes", text: "The costs rise")])
        doc.quotes[1].confidence = 0.4
        try store.ingest(doc)
        var filter = QuoteFilter()
        filter.minConfidence = 0.5
        #expect(try store.quotes(filter).map(\.quote.text) == ["The ferries run"])
        #expect(try store.facets(filter).total == 1)
        filter.minConfidence = 0.4
        #expect(try store.statements(filter).count == 2)
    }

    @Test func relevanceOrdersByTheBestMatchOfTheWords() throws {
        let store = try makeStore(.memory, "relevance")
        try store.ingest(fixture("Old", published: "2024-01-01", said: [Said(speaker: "Anna Berg", text: "grain grain grain exports")]))
        try store.ingest(fixture("New", published: "2024-06-01", said: [Said(speaker: "Tom Reyes", text: "the grain exports rose again this spring")]))
        var filter = QuoteFilter()
        filter.query = "grain"
        #expect(try store.statements(filter).map(\.statement.quote.text).first == "the grain exports rose again this spring")
        filter.order = .relevance
        #expect(try store.statements(filter).map(\.statement.quote.text).first == "grain grain grain exports")
        // Without words there is nothing to rank: newest first.
        filter.query = nil
        #expect(try store.statements(filter).map(\.statement.quote.text).first == "the grain exports rose again this spring")
    }

    @Test func noFilterGivesEverythingNewestFirstUndatedLast() throws {
        #expect(try Self.texts(QuoteFilter()) == [
            "talks on grain exports", "Nobody expected the grain deal",      // May
            "NATO expansion worries us", "the alliance remains open",        // March
            "Exports are growing",                                           // undated
        ])
    }

    @Test(arguments: [
        // TASS's undated "Shoigu" has no role, outlet or month in common with Sergei Shoigu:
        // a surname-only person of its own, found by the surname but not by the full name.
        ("Shoigu", 3),              // surname alone
        ("sergey shoigu", 2),       // another transliteration, other case
        ("Sergei Shoigu", 2),       // the canonical name
        ("S. Shoigu", 2),           // an initial
        ("SHOYGU", 3),              // yet another spelling of the surname
        ("Stoltenberg", 1),
        ("Nobody", 0),              // a word of a statement is not a speaker
        ("Dmitri Shoigu", 0),       // same surname, other given name
        ("", 0),
    ])
    func speakerMatchesNamesAliasesAndCompatibleSpellings(speaker: String, count: Int) throws {
        #expect(try Self.texts(QuoteFilter(speaker: speaker)).count == count)
    }

    @Test func aboutNeedsEveryWordInTheStatementText() throws {
        #expect(try Self.texts(QuoteFilter(about: "grain")) ==
                ["talks on grain exports", "Nobody expected the grain deal"])
        #expect(try Self.texts(QuoteFilter(about: "expansion NATO")) == ["NATO expansion worries us"])
        #expect(try Self.texts(QuoteFilter(about: "EXPORTS")).count == 2)
        #expect(try Self.texts(QuoteFilter(about: "March")).isEmpty)     // a title word is not text
        #expect(try Self.texts(QuoteFilter(about: "Shoigu")).isEmpty)    // nor a speaker
        #expect(try Self.texts(QuoteFilter(about: "grain\" (")).count == 2)   // syntax is no word
        #expect(try Self.texts(QuoteFilter(about: "grain AND deal")).isEmpty)  // AND is a word
        #expect(try Self.texts(QuoteFilter(about: "  ")).count == 5)     // no word, no condition
    }

    @Test func outletIsCaseInsensitive() throws {
        #expect(try Self.texts(QuoteFilter(outlet: "SPUTNIK")) ==
                ["NATO expansion worries us", "the alliance remains open"])
        #expect(try Self.texts(QuoteFilter(outlet: "Sputnik News")).isEmpty)
    }

    @Test func kindSelectsOneKind() throws {
        #expect(try Self.texts(QuoteFilter(kind: .indirect)) == ["the alliance remains open"])
        #expect(try Self.texts(QuoteFilter(kind: .mixed)) == ["talks on grain exports"])
        #expect(try Self.texts(QuoteFilter(kind: .direct)).count == 3)
    }

    @Test func datesAreInclusivePrefixesAndExcludeUndated() throws {
        #expect(try Self.texts(QuoteFilter(since: "2024-04")).count == 2)           // May only
        #expect(try Self.texts(QuoteFilter(until: "2024-03-05")).count == 2)        // March only
        #expect(try Self.texts(QuoteFilter(since: "2024-05-20", until: "2024-05-20")).count == 2)
        #expect(try Self.texts(QuoteFilter(since: "2024-03", until: "2024-05")).count == 4)
        #expect(try Self.texts(QuoteFilter(since: "2024")).count == 4)
        #expect(try Self.texts(QuoteFilter(until: "2023-12-31")).isEmpty)
    }

    @Test func limitKeepsTheFirstInOrder() throws {
        #expect(try Self.texts(QuoteFilter(limit: 2)) ==
                ["talks on grain exports", "Nobody expected the grain deal"])
        #expect(try Self.texts(QuoteFilter(limit: 0)).isEmpty)
    }

    @Test func fieldsCombine() throws {
        #expect(try Self.texts(QuoteFilter(speaker: "Shoigu", about: "exports")) ==
                ["talks on grain exports", "Exports are growing"])
        #expect(try Self.texts(QuoteFilter(speaker: "Shoigu", outlet: "tass", kind: .direct)) ==
                ["Exports are growing"])
    }

    @Test func storedQuotesCarryTheirArticleAndPerson() throws {
        let hit = try #require(try Self.corpus().quotes(QuoteFilter(kind: .mixed)).first)
        #expect(hit.quote.speaker?.name == "Sergey Shoigu")   // as the article spelled it
        #expect(hit.personName == "Sergei Shoigu")            // the corpus-level person
        #expect(hit.title == "May")
        #expect(hit.outlet == "Reuters")
        #expect(hit.published == "2024-05-20T10:00:00Z")
        #expect(hit.source == "fixtures/May.html")
        #expect(hit.url == "https://example.test/May")
        #expect(hit.articleID.count == 16)
    }
}
