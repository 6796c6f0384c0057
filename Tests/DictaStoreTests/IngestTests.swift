import DictaCore
import Testing
@testable import DictaStore

@Suite struct IngestTests {
    /// An article that uses every field and every optional shape a statement can take.
    /// (The store keeps spans as given, so these need only be well formed.)
    static let full: AttributedArticle = {
        let body = """
            Министр сказал: "Мы готовы к переговорам." Die Ministerin sagte, die Lage sei ernst.

            "First part," the minister said, "second part." Someone hinted at delays.
            """
        let article = Article(
            source: "in/full.html", url: "https://example.test/full", title: "Переговоры — Jérôme",
            published: "2024-06-01T09:30:00Z", modified: "2024-06-02",
            authors: ["A. Writer", "B. Writer"], outlet: "Test Herald", language: "ru",
            dateline: "MOSCOW", keywords: ["talks", "переговоры"], body: body)
        let quotes = [
            // direct, cue and named speaker
            Quote(kind: .direct, text: "Мы готовы к переговорам.", content: [Span(16, 40)],
                  cue: Cue(text: "сказал", span: Span(8, 14)),
                  speaker: Speaker(name: "Ivan Petrov", mention: "Министр", span: Span(0, 7), why: "named at the statement"),
                  confidence: 0.8333333),
            // indirect, speaker mention without a name
            Quote(kind: .indirect, text: "die Lage sei ernst", content: [Span(64, 82)],
                  cue: nil, speaker: Speaker(name: nil, mention: "Die Ministerin", span: nil),
                  confidence: 0.5),
            // two content spans, no speaker object at all
            Quote(kind: .mixed, text: "First part, second part.",
                  content: [Span(86, 96), Span(119, 131)], cue: nil, speaker: nil,
                  confidence: 1),
            // an empty speaker object stays an empty speaker object
            Quote(kind: .indirect, text: "delays", content: [Span(154, 160)],
                  cue: Cue(text: "hinted", span: Span(143, 149)),
                  speaker: Speaker(name: nil, mention: nil, span: nil), confidence: 0),
        ]
        let entities = [
            Entity(name: "Ivan Petrov", type: .person, mentions: [Span(0, 7)]),
            Entity(name: "Moscow", type: .place, mentions: []),
            Entity(name: "NATO", type: .organization, mentions: [Span(1, 2), Span(3, 4)]),
        ]
        return AttributedArticle(article: article, quotes: quotes, entities: entities)
    }()

    @Test(arguments: StoreKind.allCases)
    func roundTripGivesBackTheSameArticle(kind: StoreKind) throws {
        let store = try makeStore(kind)
        #expect(try store.ingest(Self.full) == .stored)
        let back = try #require(try store.article(id: Self.full.article.id))
        #expect(back == Self.full)
    }

    @Test func ingestingTwiceChangesNothing() throws {
        let store = try makeStore()
        let doc = fixture("Twice", said: [Said(speaker: "Anna Berg", text: "Once is enough")])
        #expect(try store.ingest(doc) == .stored)
        let before = try store.counts()
        #expect(before == StoreCounts(articles: 1, quotes: 1, people: 1))
        #expect(try store.ingest(doc) == .unchanged)
        #expect(try store.counts() == before)
        #expect(try store.search("enough", limit: 10).count == 1)   // no duplicate search row
        #expect(try store.speakers().first?.quoteCount == 1)
    }

    @Test func aRejectedStatementLeavesNothingOfItsArticle() throws {
        let store = try makeStore()
        var doc = fixture("Broken", said: [
            Said(speaker: "Olga Fine", text: "This one is fine"),
            Said(speaker: "Boris Bad", text: "This one is not"),
        ])
        doc.entities = [Entity(name: "Olga Fine", type: .person, mentions: [])]
        doc.quotes[1].confidence = 1.5   // outside 0…1: the schema's CHECK rejects it
        #expect(throws: StoreError.self) { try store.ingest(doc) }
        #expect(try store.counts() == StoreCounts(articles: 0, quotes: 0, people: 0))
        #expect(try store.article(id: doc.article.id) == nil)
        #expect(try store.search("fine", limit: 10).isEmpty)
        #expect(try store.speakers().isEmpty)

        doc.quotes[1].confidence = 1
        #expect(try store.ingest(doc) == .stored)   // the failed attempt left no trace
        #expect(try store.counts() == StoreCounts(articles: 1, quotes: 2, people: 2))
    }

    @Test func anErrorBeforeCommitRollsEverythingBack() throws {
        let store = try makeStore()
        try store.ingest(fixture("Earlier", said: [Said(speaker: "Sergei Shoigu", text: "Earlier words")]))
        let doc = fixture("Later", said: [
            Said(speaker: "Sergey Shoigu", text: "Later words"),   // would add an alias
            Said(speaker: "Nina Neu", text: "New person"),         // would add a person
        ])
        #expect(throws: TestFailure.self) {
            try store.ingest(doc, beforeCommit: { throw TestFailure() })
        }
        #expect(try store.counts() == StoreCounts(articles: 1, quotes: 1, people: 1))
        #expect(try store.speakers().map(\.aliases) == [[]])
        #expect(try store.search("later", limit: 10).isEmpty)
    }

    @Test func allArticlesComeBackInIngestionOrder() throws {
        let store = try makeStore()
        let docs = (0..<5).map { fixture("Article \($0)", said: [Said(speaker: nil, text: "Words \($0)")]) }
        for doc in docs { try store.ingest(doc) }
        #expect(try store.allArticles() == docs)
    }

    @Test func articlesAreFoundByAUniqueIDPrefix() throws {
        let store = try makeStore()
        try store.ingest(fixture("One", id: "feed00000000aa01"))
        try store.ingest(fixture("Two", id: "feed00000000bb02"))
        #expect(try store.article(id: "feed00000000aa01")?.article.title == "One")
        #expect(try store.article(id: "feed00000000b")?.article.title == "Two")
        #expect(try store.article(id: "fee") == nil)          // too short to be a prefix
        #expect(try store.article(id: "0000") == nil)         // prefix, not substring
        #expect(throws: StoreError.ambiguousArticleID("feed", matches: 2)) {
            try store.article(id: "feed")
        }
    }
}

/// Many articles in one transaction, each stored whole or not at all.
@Suite struct BatchIngestTests {
    @Test(arguments: StoreKind.allCases)
    func aBadArticleInABatchIsRolledBackAloneAndTheOthersAreStored(kind: StoreKind) throws {
        let store = try makeStore(kind)
        let a = fixture("A", said: [Said(speaker: "Anna Berg", text: "First")])
        var b = fixture("B", said: [Said(speaker: "Olaf Berg", text: "Second"), Said(speaker: "Olaf Berg", text: "Third")])
        b.quotes[1].confidence = 1.5   // the schema's CHECK rejects it, after the first statement is written
        let c = fixture("C", said: [Said(speaker: "Tomas Varga", text: "Fourth")])
        let outcomes = try store.ingest(batch: [(a, false), (b, false), (c, false), (a, false)], deferringPeople: true)
        #expect(outcomes.count == 4)
        #expect((try? outcomes[0].get()) == .stored)
        #expect((try? outcomes[1].get()) == nil, "B fails")
        #expect((try? outcomes[2].get()) == .stored)
        #expect((try? outcomes[3].get()) == .unchanged, "A again changes nothing")
        let counts = try store.counts()
        #expect(counts.articles == 2)
        #expect(counts.quotes == 2, "none of B's statements is left half-written")
        try store.settle()
        #expect(try store.speakers().map(\.name).sorted() == ["Anna Berg", "Tomas Varga"])
    }
}
