import DictaCore
import Foundation
import Testing
@testable import DictaStore

@Suite struct PeopleTests {
    @Test(arguments: StoreKind.allCases)
    func spellingsOfOnePersonMergeAcrossArticles(kind: StoreKind) throws {
        let store = try makeStore(kind)
        try store.ingest(fixture("A", published: "2024-01-10",
                                 said: [Said(speaker: "Sergei Shoigu", text: "First",
                                             mention: "Defense Minister Sergei Shoigu")]))
        try store.ingest(fixture("B", outlet: "Other Daily", published: "2024-02-10",
                                 said: [Said(speaker: "Sergey Shoigu", text: "Second")]))
        // Only the surname, but the same office: evidence enough.
        try store.ingest(fixture("C", outlet: "Third Post",
                                 said: [Said(speaker: "Shoigu", text: "Third", mention: "Defense Minister Shoigu"),
                                        Said(speaker: "Shoigu", text: "Fourth")]))
        let people = try store.speakers()
        #expect(people.count == 1)
        let shoigu = try #require(people.first)
        #expect(shoigu.name == "Sergei Shoigu")
        #expect(shoigu.aliases == ["Sergey Shoigu", "Shoigu"])
        #expect(shoigu.quoteCount == 4)
        #expect(shoigu.articleCount == 3)
        #expect(shoigu.firstPublished == "2024-01-10")
        #expect(shoigu.lastPublished == "2024-02-10")
        #expect(shoigu.roles.map(\.role) == ["Defense Minister"])
        #expect(shoigu.roles.first?.statements == 2)
        let detail = try #require(try store.people(named: "Sergey Shoigu").first)
        #expect(detail.aliasReasons.first { $0.alias == "Shoigu" }?.reason?.contains("same role \"Defense Minister\"") == true)
        #expect(detail.statements.map(\.statement.quote.text) == ["First", "Second", "Third", "Fourth"])
    }

    @Test func aSurnameAloneWithoutEvidenceStaysApart() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", outlet: "Herald", published: "2024-01-10",
                                 said: [Said(speaker: "Sergei Shoigu", text: "First")]))
        // Another outlet, another month, no office: it could be a namesake.
        try store.ingest(fixture("B", outlet: "Gazette", published: "2024-06-01",
                                 said: [Said(speaker: "Shoigu", text: "Second")]))
        // The same outlet within the month: the same person.
        try store.ingest(fixture("C", outlet: "Herald", published: "2024-01-25",
                                 said: [Said(speaker: "Shoigu", text: "Third")]))
        let people = try store.speakers()
        #expect(people.map(\.name).sorted() == ["Sergei Shoigu", "Shoigu"])
        #expect(people.first { $0.name == "Sergei Shoigu" }?.quoteCount == 2)
        let why = try store.people(named: "Sergei Shoigu").first?.aliasReasons.first?.reason ?? ""
        #expect(why.contains("same outlet (Herald) within a month"))
        #expect(try store.people(named: "Sergei Shoigu").first?.namesakes.map(\.name) == ["Shoigu"])
    }

    @Test func aSurnameSeenFirstTakesTheFullerNameLater() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", said: [Said(speaker: "Stoltenberg", text: "Short",
                                                  mention: "NATO Secretary General Stoltenberg")]))
        try store.ingest(fixture("B", said: [Said(speaker: "Jens Stoltenberg", text: "Long",
                                                  mention: "Secretary General Jens Stoltenberg")]))
        let people = try store.speakers()
        #expect(people.map(\.name) == ["Jens Stoltenberg"])
        #expect(people.first?.aliases == ["Stoltenberg"])
        // The canonical name is what every stored quote reports, the old ones too.
        #expect(try store.quotes(QuoteFilter()).map(\.personName) == ["Jens Stoltenberg", "Jens Stoltenberg"])
        #expect(try store.quotes(QuoteFilter()).map(\.quote.speaker?.name) .contains("Stoltenberg"))
    }

    @Test func differentGivenNamesStayDifferentPeople() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", said: [Said(speaker: "John Smith", text: "One"),
                                             Said(speaker: "John Smith", text: "Two")]))
        try store.ingest(fixture("B", said: [Said(speaker: "Jane Smith", text: "Three")]))
        try store.ingest(fixture("C", said: [Said(speaker: "Smith", text: "Four")]))
        let people = try store.speakers()
        // "Smith" alone could be either: it joins neither and stays its own entry.
        #expect(people.map(\.name) == ["John Smith", "Jane Smith", "Smith"])
        #expect(people.map(\.quoteCount) == [2, 1, 1])
        #expect(people.allSatisfy { $0.aliases.isEmpty })
    }

    @Test func statementsWithoutANamedSpeakerMakeNoPerson() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", said: [Said(speaker: nil, text: "Anonymous"),
                                             Said(speaker: "— 42", text: "Not a name")]))
        #expect(try store.counts().people == 0)
        #expect(try store.quotes(QuoteFilter()).allSatisfy { $0.personName == nil })
    }
}

@Suite struct AboutTests {
    @Test func aboutFindsStatementsByTheEntitiesTheirContentNames() throws {
        let store = try makeStore()
        var doc = fixture("A", said: [Said(speaker: "Anna Berg", text: "The alliance must stay united"),
                                      Said(speaker: "Anna Berg", text: "Washington will decide")])
        let body = doc.article.body.unicodeScalars
        func span(_ w: String) -> Span {
            let r = doc.article.body.range(of: w)!
            return Span(body.distance(from: body.startIndex, to: r.lowerBound), body.distance(from: body.startIndex, to: r.upperBound))
        }
        doc.entities = [
            Entity(name: "NATO", type: .organization, mentions: [span("alliance")], aliases: ["the alliance"]),
            Entity(name: "United States", type: .place, mentions: [span("Washington")], aliases: ["Washington"]),
            Entity(name: "Anna Berg", type: .person, mentions: [span("Anna Berg")]),
        ]
        try store.ingest(doc)
        #expect(try store.quotes(QuoteFilter(about: "nato")).map(\.quote.text) == ["The alliance must stay united"])
        // A spelling of the entity, or the gazetteer's name for it, finds it too.
        #expect(try store.quotes(QuoteFilter(about: "U.S.")).map(\.quote.text) == ["Washington will decide"])
        #expect(try store.quotes(QuoteFilter(about: "united states")).map(\.quote.text) == ["Washington will decide"])
        // Words still count: "united" is a word of the first statement.
        #expect(try store.quotes(QuoteFilter(about: "united")).map(\.quote.text) == ["The alliance must stay united"])
        // The speaker is not what they speak about.
        #expect(try store.quotes(QuoteFilter(about: "Anna Berg")).isEmpty)
    }
}

@Suite struct PeopleOrderTests {
    /// Articles whose people depend on what was seen first under a greedy merge: a surname
    /// alone tied to the full name only through another surname-only article, and a second
    /// person with the same surname arriving late.
    static let articles: [AttributedArticle] = [
        fixture("A", outlet: "Herald", published: "2024-01-10",
                said: [Said(speaker: "Barack Obama", text: "One", mention: "President Barack Obama")]),
        fixture("B", outlet: "Herald", published: "2024-01-20", said: [Said(speaker: "Obama", text: "Two")]),
        fixture("C", outlet: "Gazette", published: "2024-06-01", said: [Said(speaker: "Obama", text: "Three")]),
        fixture("D", outlet: "Gazette", published: "2024-06-03", said: [Said(speaker: "Michelle Obama", text: "Four")]),
        fixture("E", outlet: "Post", said: [Said(speaker: "B. Obama", text: "Five"),
                                            Said(speaker: "Obama", text: "Six", mention: "President Obama")]),
        fixture("F", outlet: "Post", said: [Said(speaker: "Barak Obama", text: "Seven")]),
    ]

    /// Everything `dicta speakers` shows of the people, ids aside (ids are handles).
    func people(_ order: [Int]) throws -> [String] {
        let store = try makeStore()
        for i in order { try store.ingest(Self.articles[i]) }
        return try store.speakers().map { p in
            let why = try store.person(id: p.id)?.aliasReasons.map { "\($0.alias): \($0.reason ?? "-")" } ?? []
            return "\(p.name) \(p.quoteCount) \(p.aliases) \(why)"
        }
    }

    @Test func twoIngestOrdersGiveOneSetOfPeople() throws {
        let forward = try people(Array(0..<6))
        #expect(forward == (try people([5, 4, 3, 2, 1, 0])))
        #expect(forward == (try people([3, 2, 1, 0, 5, 4])))
        // C (Gazette, June) shares an outlet and month with Michelle only; B (the outlet and
        // month) and E (the office) have Barack's evidence. "B." could be Barack or Barak.
        #expect(forward.map { $0.prefix { $0 != "[" } } == ["Barack Obama 3 ", "Michelle Obama 2 ", "B. Obama 1 ", "Barak Obama 1 "])
        #expect(forward.first?.contains("[\"Obama\"]") == true)
    }
}

/// A prolific speaker's people are formed once per batch (``Store/settle()``), not with every
/// article: after settling, the same set of articles gives the same people in any order, and
/// the same people as forming them with every article would.
@Suite struct PeopleSettleTests {
    /// 130 articles with two statements each by Anna Berg (over the bound of 200 per key),
    /// then a surname alone tied to her only by an outlet and month, and a namesake.
    static let articles: [AttributedArticle] = (0..<130).map { i in
        fixture("Budget \(i)", outlet: "Herald", published: "2024-02-\(String(format: "%02d", i % 28 + 1))",
                said: [Said(speaker: "Anna Berg", text: "Item \(i) of the harbour budget is settled"),
                       Said(speaker: "Anna Berg", text: "Line \(i) waits for the council vote")])
    } + [
        fixture("Ferries", outlet: "Herald", published: "2024-03-05", said: [Said(speaker: "Berg", text: "The ferries run again")]),
        fixture("Opera", outlet: "Gazette", published: "2023-01-01", said: [Said(speaker: "Jonas Berg", text: "The opera opens in May")]),
        fixture("Late", outlet: "Herald", published: "2024-02-10", said: [Said(speaker: "A. Berg", text: "The bridge is next")]),
    ]

    func people(_ order: [Int], settle: Bool = true) throws -> (people: [String], unsettled: [String]) {
        let store = try makeStore()
        for i in order { try store.ingest(Self.articles[i]) }
        if settle { try store.settle() }
        let unsettled = try store.writer.read { try PersonResolver.unsettled(in: $0) }
        return (try store.speakers().map { "\($0.name) \($0.quoteCount) \($0.aliases)" }, unsettled)
    }

    @Test func settledPeopleDoNotDependOnOrder() throws {
        let n = Self.articles.count
        let forward = try people(Array(0..<n))
        #expect(forward.unsettled.isEmpty)
        #expect(forward.people == ["Anna Berg 262 [\"A. Berg\", \"Berg\"]", "Jonas Berg 1 []"])
        #expect(try people(Array((0..<n).reversed())).people == forward.people)
        // The surname and the initial first: they were placed before Anna Berg was known.
        #expect(try people([n - 3, n - 1] + Array(0..<(n - 3)) + [n - 2]).people == forward.people)
    }

    @Test func beforeSettlingTheKeyIsMarkedAndNewStatementsHaveAPerson() throws {
        // Anna Berg's articles only: past the bound, each new one takes her person as it is.
        let unsettled = try people(Array(0..<130), settle: false)
        #expect(unsettled.unsettled == ["berg"])
        #expect(unsettled.people == ["Anna Berg 260 []"])
        // A spelling the key has not had forms it again at once, and settles it.
        #expect(try people(Array(0..<130) + [Self.articles.count - 1], settle: false).unsettled.isEmpty)
    }
}

/// A batch that forms people once, when it settles, ends with the people of one that forms
/// them with every article.
@Suite struct DeferredPeopleTests {
    static let batch: [AttributedArticle] = [
        fixture("A", published: "2024-01-10", said: [Said(speaker: "Sergei Shoigu", text: "First", mention: "Defense Minister Sergei Shoigu")]),
        fixture("B", outlet: "Other Daily", published: "2024-02-10", said: [Said(speaker: "Sergey Shoigu", text: "Second")]),
        fixture("C", outlet: "Third Post", said: [Said(speaker: "Shoigu", text: "Third", mention: "Defense Minister Shoigu"),
                                                  Said(speaker: "Anna Berg", text: "Fourth")]),
        fixture("D", outlet: "Herald", published: "2024-06-01", said: [Said(speaker: "Olaf Berg", text: "Fifth"),
                                                                       Said(speaker: "Berg", text: "Sixth")]),
    ]

    static func people(_ store: SQLiteStore) throws -> [String] {
        try store.speakers().map { "\($0.name) \($0.aliases) \($0.quoteCount)/\($0.articleCount)" }.sorted()
    }

    @Test func deferredPeopleAreTheSameOnceTheBatchSettles() throws {
        let eager = try makeStore(.memory, "eager"), deferred = try makeStore(.memory, "deferred")
        for doc in Self.batch {
            try eager.ingest(doc)
            try deferred.ingest(doc, updatingMetadata: false, deferringPeople: true)
        }
        try eager.settle()
        #expect(try !PersonResolver.unsettledKeys(deferred).isEmpty, "deferred until the batch settles")
        try deferred.settle()
        #expect(try PersonResolver.unsettledKeys(deferred).isEmpty)
        #expect(try Self.people(deferred) == Self.people(eager))
        #expect(try Self.people(eager).contains { $0.hasPrefix("Sergei Shoigu") })
    }
}

extension PersonResolver {
    static func unsettledKeys(_ store: SQLiteStore) throws -> [String] {
        try store.read("listing unsettled keys") { db in try unsettled(in: db) }
    }
}
