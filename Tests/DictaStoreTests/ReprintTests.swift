import DictaCore
import Testing
@testable import DictaStore

@Suite struct ReprintTests {
    @Test(arguments: StoreKind.allCases)
    func aReprintAcrossTwoOutletsIsOneStatement(kind: StoreKind) throws {
        let store = try makeStore(kind)
        try store.ingest(fixture("Original", outlet: "Sputnik", published: "2024-03-01",
                                 said: [Said(speaker: "Sergei Shoigu",
                                             text: "We prefer to communicate with the Alliance at the negotiating table, not through gun sights"),
                                        Said(speaker: "Sergei Shoigu", text: "Something else entirely was said here today")]))
        // The next day, another outlet: other quotation marks, a word changed, another spelling.
        try store.ingest(fixture("Copy", outlet: "TASS", published: "2024-03-02",
                                 said: [Said(speaker: "Sergey Shoigu",
                                             text: "We prefer to talk with the alliance at the negotiating table -- not through gun-sights")]))
        #expect(try store.quotes(QuoteFilter()).count == 3)
        let statements = try store.statements(QuoteFilter())
        #expect(statements.count == 2)
        let reprinted = try #require(statements.first { $0.sourceCount == 2 })
        // The first publication stands for the statement; the copies are listed oldest first.
        #expect(reprinted.statement.outlet == "Sputnik")
        #expect(reprinted.sources.map(\.outlet) == ["Sputnik", "TASS"])
        #expect(reprinted.sources.map(\.groupID) == [reprinted.statement.groupID, reprinted.statement.groupID])
        #expect(try store.speakers().first?.quoteCount == 2)
        #expect(try store.speakers().first?.articleCount == 2)
        // A filter that only the copy passes still finds the statement, with both sources.
        let viaCopy = try store.statements(QuoteFilter(outlet: "TASS"))
        #expect(viaCopy.map(\.sourceCount) == [2])
    }

    @Test func theSameShortWordsFromTwoPeopleAreTwoStatements() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", said: [Said(speaker: "Jens Stoltenberg", text: "We will see")]))
        try store.ingest(fixture("B", said: [Said(speaker: "Donald Trump", text: "We will see")]))
        // No speaker on the copy: the words decide.
        try store.ingest(fixture("C", said: [Said(speaker: nil, text: "We will see!")]))
        let statements = try store.statements(QuoteFilter())
        #expect(statements.count == 2)
        #expect(statements.map(\.sourceCount).sorted() == [1, 2])
    }

    @Test func limitCountsStatementsNotCopies() throws {
        let store = try makeStore()
        for (i, outlet) in ["One", "Two", "Three"].enumerated() {
            try store.ingest(fixture("Copy \(i)", outlet: outlet, published: "2024-01-0\(i + 1)",
                                     said: [Said(speaker: "Ann Lee", text: "The budget will pass before the summer recess")]))
        }
        try store.ingest(fixture("Other", published: "2023-12-01",
                                 said: [Said(speaker: "Ann Lee", text: "Taxes will not rise next year, whatever happens")]))
        let two = try store.statements(QuoteFilter(limit: 2))
        #expect(two.map(\.sourceCount) == [3, 1])
        #expect(try store.people(named: "Ann Lee").first?.statements.map(\.sourceCount) == [1, 3])
    }

    @Test func aCopyAmongManyTemplatedStatementsStillFindsItsOriginal() throws {
        // Forty statements a number apart share most of their bands, far more than are read
        // per band: the exact copy of one of them must still join that one's group.
        let store = try makeStore()
        for n in 0..<40 {
            try store.ingest(fixture("Toll \(n)", outlet: "Wire", published: "2024-01-01",
                                     said: [Said(speaker: "Ann Lee", text: "The death toll has risen to \(n + 100) people after the storm in the north")]))
        }
        try store.ingest(fixture("Reprint", outlet: "Daily", published: "2024-01-02",
                                 said: [Said(speaker: "Ann Lee", text: "The death toll has risen to 137 people after the storm in the north")]))
        let statements = try store.statements(QuoteFilter(limit: 100))
        let copied = try #require(statements.first { $0.sourceCount == 2 })
        #expect(copied.statement.quote.text.contains("137"))
        #expect(copied.sources.map(\.outlet) == ["Wire", "Daily"])
        #expect(statements.filter { $0.sourceCount > 1 }.count == 1)
    }
}
