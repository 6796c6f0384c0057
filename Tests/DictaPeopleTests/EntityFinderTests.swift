import DictaCore
import DictaText
import Testing
@testable import DictaPeople

@Suite struct EntityFinderTests {
    func entities(_ body: String, people: [(String, [Span])] = [], captions: [String] = []) -> [Entity] {
        let doc = AnnotatedArticle(Article(source: "t", body: body))
        return EntityFinder().find(in: doc, people: people.map { Entity(name: $0.0, type: .person, mentions: $0.1) },
                                   captions: captions)
    }

    func names(_ es: [Entity], _ t: EntityType) -> [String] { es.filter { $0.type == t }.map(\.name) }

    @Test func placesOrganisationsAndPeopleByTheirRules() {
        let body = "The Finnish Ministry of Foreign Affairs said on Monday that Helsinki and the U.S. "
            + "would meet in Oslo. OSCE observers and the Kremlin were told. Marta Virtanen, who leads "
            + "the Nordic-Baltic Council, will attend."
        let es = entities(body)
        #expect(names(es, .organization).sorted() == ["Finnish Ministry of Foreign Affairs", "Kremlin", "Nordic-Baltic Council", "OSCE"])
        #expect(Set(names(es, .place)) == ["Finland", "Helsinki", "United States", "Oslo"] || Set(names(es, .place)) == ["Helsinki", "United States", "Oslo"])
        #expect(names(es, .person) == ["Marta Virtanen"])
        let us = es.first { $0.name == "United States" }
        #expect(us?.aliases == ["U.S."])
        #expect(us?.mentions.count == 1)
    }

    @Test func attributionPeopleKeptExceptWhatIsNoOnesName() {
        let body = "Wall Street fell. Anna Lindqvist's office said Election Day was near. Lindqvist agreed. The United States waited."
        let s = body.unicodeScalars
        func span(_ w: String) -> Span {
            let r = body.range(of: w)!
            return Span(s.distance(from: s.startIndex, to: r.lowerBound), s.distance(from: s.startIndex, to: r.upperBound))
        }
        let es = entities(body, people: [("Wall Street", [span("Wall Street")]), ("Anna Lindqvist's", [span("Anna Lindqvist's")]),
                                         ("Election Day", [span("Election Day")]), ("United States", [span("United States")])])
        #expect(names(es, .person) == ["Anna Lindqvist"])
        let anna = es.first { $0.name == "Anna Lindqvist" }!
        // The possessive is cut from the mention; the surname alone is a mention too.
        #expect(anna.mentions == [span("Anna Lindqvist"), Span(span("Lindqvist agreed").start, span("Lindqvist agreed").start + 9)])
        #expect(names(es, .place) == ["United States"])
    }

    @Test func captionSpellingIsAnAlias() {
        let body = "Defense Minister Sergei Shoigu said talks would go on."
        let s = body.unicodeScalars
        let r = body.range(of: "Sergei Shoigu")!
        let sp = Span(s.distance(from: s.startIndex, to: r.lowerBound), s.distance(from: s.startIndex, to: r.upperBound))
        let es = entities(body, people: [("Sergei Shoigu", [sp])],
                          captions: ["Defense Minister Sergey Shoigu speaks in Moscow.", "Dmitri Shoigu, no relation."])
        #expect(es.first { $0.type == .person }?.aliases == ["Sergey Shoigu"])
    }
}
