import DictaCore
import Foundation
import Testing
@testable import DictaStore

/// People an analyst can trust: typed speakers, no places, surnames joined to the dominant
/// full name, honorifics split by sex, and names that say which person they pick.
@Suite struct SpeakerTypeTests {
    /// Anna Berg quoted in full three times, Olaf Berg once; then "Berg" alone elsewhere.
    func bergs(_ store: SQLiteStore) throws {
        try store.ingest(fixture("A", outlet: "Herald", published: "2024-01-10",
                                 said: [Said(speaker: "Anna Berg", text: "One"), Said(speaker: "Anna Berg", text: "Two")]))
        try store.ingest(fixture("B", outlet: "Herald", published: "2024-02-10",
                                 said: [Said(speaker: "Anna Berg", text: "Three"), Said(speaker: "Olaf Berg", text: "Four")]))
    }

    @Test func aSurnameAloneJoinsTheDominantFullName() throws {
        let store = try makeStore()
        try bergs(store)
        try store.ingest(fixture("C", outlet: "Gazette", published: "2024-09-01", said: [Said(speaker: "Berg", text: "Five")]))
        let people = try store.speakers()
        #expect(people.map(\.name) == ["Anna Berg", "Olaf Berg"])
        let anna = try #require(try store.people(named: "Anna Berg").first)
        let why = anna.aliasReasons.first { $0.alias == "Berg" }?.reason ?? ""
        #expect(why.contains("Anna Berg is the Berg the corpus quotes most (3 statements in full name; next Olaf Berg, 1)"), "\(why)")
    }

    @Test func anHonorificSendsASurnameToThePersonOfThatSex() throws {
        let store = try makeStore()
        try bergs(store)
        try store.ingest(fixture("C", outlet: "Gazette", published: "2024-09-01",
                                 said: [Said(speaker: "Berg", text: "Five", mention: "Mr. Berg"),
                                        Said(speaker: "Berg", text: "Six", mention: "Mrs. Berg")]))
        let people = try store.speakers()
        #expect(people.first { $0.name == "Anna Berg" }?.quoteCount == 4)
        #expect(people.first { $0.name == "Olaf Berg" }?.quoteCount == 2)
        let olaf = try #require(try store.people(named: "Olaf Berg").first)
        #expect(olaf.aliasReasons.contains { $0.reason?.contains("named as a man (Mr. Berg)") == true })
    }

    @Test func placesMakeNoPersonAndOrganizationsAreTyped() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", said: [Said(speaker: "Iowa", text: "One"), Said(speaker: "Senate Democrats", text: "Two"),
                                             Said(speaker: "New York Times", text: "Three"), Said(speaker: "Times", text: "Four"),
                                             Said(speaker: "Anna Berg", text: "Five")]))
        let people = try store.speakers()
        #expect(Set(people.map(\.name)) == ["Senate Democrats", "New York Times", "Times", "Anna Berg"])
        #expect(people.first { $0.name == "Senate Democrats" }?.type == .organization)
        #expect(people.first { $0.name == "Anna Berg" }?.type == .person)
        // The statement is kept, with no one's name on it.
        #expect(try store.quotes(QuoteFilter()).first { $0.quote.text == "One" }?.personID == nil)
    }

    @Test func aNameSaysWhichPersonItPicks() throws {
        let store = try makeStore()
        try bergs(store)
        try store.ingest(fixture("C", outlet: "Gazette", published: "2024-09-01", said: [Said(speaker: "Berg", text: "Five")]))
        // "Berg" is Anna's alias: it picks her, and names Olaf as the other.
        let berg = try store.speakerChoice(named: "Berg")
        #expect(berg.picked?.name == "Anna Berg")
        #expect(berg.others.map(\.name) == ["Olaf Berg"])
        #expect(try store.quotes(QuoteFilter(speaker: "Berg")).map(\.quote.text).sorted() == ["Five", "One", "Three", "Two"])
        // A full name picks its person.
        #expect(try store.speakerChoice(named: "Olaf Berg").picked?.name == "Olaf Berg")
    }

    @Test func aSurnameBorneEquallyPicksNoOne() throws {
        let store = try makeStore()
        try store.ingest(fixture("A", said: [Said(speaker: "Anna Berg", text: "One")]))
        try store.ingest(fixture("B", said: [Said(speaker: "Olaf Berg", text: "Two")]))
        let choice = try store.speakerChoice(named: "Berg")
        #expect(choice.picked == nil)
        #expect(Set(choice.others.map(\.name)) == ["Anna Berg", "Olaf Berg"])
    }
}
