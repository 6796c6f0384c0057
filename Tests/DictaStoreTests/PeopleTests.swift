import Testing
@testable import DictaStore

@Suite struct PeopleTests {
    @Test(arguments: StoreKind.allCases)
    func spellingsOfOnePersonMergeAcrossArticles(kind: StoreKind) throws {
        let store = try makeStore(kind)
        try store.ingest(fixture("A", published: "2024-01-10",
                                 said: [Said(speaker: "Sergei Shoigu", text: "First")]))
        try store.ingest(fixture("B", published: "2024-02-10",
                                 said: [Said(speaker: "Sergey Shoigu", text: "Second")]))
        try store.ingest(fixture("C", said: [Said(speaker: "Shoigu", text: "Third"),
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
    }

    @Test func aSurnameSeenFirstTakesTheFullerNameLater() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", said: [Said(speaker: "Stoltenberg", text: "Short")]))
        try store.ingest(fixture("B", said: [Said(speaker: "Jens Stoltenberg", text: "Long")]))
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
