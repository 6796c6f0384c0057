import DictaCore
import DictaPipeline
import DictaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DictaServer

/// The overview, the search page's downloads, order, highlighting and speaker choice.
@Suite struct OverviewTests {
    func app(_ store: any Store) -> some ApplicationProtocol {
        Application(router: DictaServer.router(store: store))
    }

    @Test func overviewShowsShareOfVoiceByMonthSpeakerOutletAndGender() async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/overview", method: .get) { response in
                #expect(response.status == .ok)
                let page = Fixtures.body(response)
                #expect(page.contains("3 statements, 2021-03 – 2021-03"))
                // Anna Berg (a woman's given name) twice, Tom Reyes (a man's) once.
                #expect(page.contains(">Anna Berg</a>"))
                #expect(page.contains("<td class=\"n\">2</td><td class=\"n\">67%</td>"))
                #expect(page.contains("female: 2 (67%)"))
                #expect(page.contains("male: 1 (33%)"))
                #expect(page.contains("unknown: 0 (0%)"))
                #expect(page.contains("<svg class=\"shares\""))
                #expect(page.contains(">Harbour Notes</a>"))
            }
            try await client.execute(uri: "/overview?about=costs", method: .get) { response in
                let page = Fixtures.body(response)
                #expect(page.contains("Who is quoted about costs"))
                #expect(page.contains("1 statement, 2021-03 – 2021-03"))
                #expect(!page.contains(">Anna Berg</a>"))
            }
            try await client.execute(uri: "/overview?since=2021-02-30", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func searchResultsAreHighlightedOrderableAndDownloadable() async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/?q=islands&order=relevance", method: .get) { response in
                let page = Fixtures.body(response)
                #expect(page.contains("<mark class=\"hit\">islands</mark>"))
                #expect(page.contains("<option value=\"relevance\" selected>"))
                #expect(page.contains("href=\"/api/quotes.csv?q=islands&amp;order=relevance\""))
                #expect(page.contains("href=\"/api/quotes.jsonl?q=islands&amp;order=relevance\""))
            }
            try await client.execute(uri: "/api/quotes.csv?q=islands&order=relevance", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let lines = Fixtures.body(response).split(separator: "\r\n")
                #expect(lines.first == "speaker,speaker_id,mention,kind,text,cue,confidence,start,end,article_id,url,outlet,published,title,source,source_count")
                #expect(lines.count == 2)
                #expect(lines[1].hasPrefix("Anna Berg,"))
            }
            try await client.execute(uri: "/api/quotes.jsonl", method: .get) { response in
                let lines = Fixtures.body(response).split(separator: "\n")
                #expect(lines.count == 3)
                #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) is [String: Any] })
            }
            try await client.execute(uri: "/api/quotes?order=newest", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func aSpeakerNameBorneBySeveralIsShownAsAChoice() async throws {
        let other = Fixtures.harbourPage.replacingOccurrences(of: "Mayor Anna Berg", with: "Captain Olaf Berg")
            .replacingOccurrences(of: "Berg said the first boats", with: "The first boats")
            .replacingOccurrences(of: "Harbour Notes", with: "Island Post")
        let store = try Fixtures.memoryStore(pages: [("a.html", Data(Fixtures.harbourPage.utf8)), ("b.html", Data(other.utf8))])
        let olaf = try #require(try store.speakers().first { $0.name == "Olaf Berg" })
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/?speaker=Berg", method: .get) { response in
                let page = Fixtures.body(response)
                #expect(page.contains("class=\"candidates\""))
                #expect(page.contains("href=\"/speakers/\(olaf.id)\">Olaf Berg</a>"))
            }
            try await client.execute(uri: "/api/quotes?speaker_id=\(olaf.id)", method: .get) { response in
                let json = try #require(try Fixtures.json(response) as? [String: Any])
                #expect(json["total"] as? Int == 1)
            }
            try await client.execute(uri: "/api/speakers?limit=1&offset=1", method: .get) { response in
                let people = try #require(try Fixtures.json(response) as? [[String: Any]])
                #expect(people.count == 1)
                #expect(people[0]["type"] as? String == "person")
            }
        }
    }
}

/// `min_confidence` on a speaker's statements, on the page and in the API.
@Suite struct SpeakerConfidenceTests {
    @Test func aSpeakersStatementsCanBeFilteredByConfidence() async throws {
        let store = try SQLiteStore(inMemory: #function)
        var doc = try Pipeline().run(Data(Fixtures.harbourPage.utf8), source: "harbour.html")
        // Anna Berg's two statements: one sure, one not.
        let berg = doc.quotes.indices.filter { doc.quotes[$0].speaker?.name == "Anna Berg" }
        try #require(berg.count == 2)
        doc.quotes[berg[0]].confidence = 0.95
        doc.quotes[berg[1]].confidence = 0.3
        try store.ingest(doc)
        let id = try #require(try store.speakers().first { $0.name == "Anna Berg" }?.id)
        try await Application(router: DictaServer.router(store: store)).test(.router) { client in
            try await client.execute(uri: "/speakers/\(id)?min_confidence=0.5", method: .get) { response in
                let page = Fixtures.body(response)
                #expect(page.components(separatedBy: "<li class=\"statement").count - 1 == 1)
                #expect(page.contains("attributed with confidence ≥ 0.5"))
            }
            try await client.execute(uri: "/api/speakers/\(id)?min_confidence=0.5", method: .get) { response in
                let json = try #require(try Fixtures.json(response) as? [String: Any])
                #expect((json["statements"] as? [Any])?.count == 1)
            }
            try await client.execute(uri: "/api/speakers/\(id)?min_confidence=2", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}
