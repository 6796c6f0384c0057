import DictaCore
import DictaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DictaServer

@Suite struct PageTests {
    func app(_ store: any Store) -> some ApplicationProtocol {
        Application(router: DictaServer.router(store: store))
    }

    @Test func searchPageShowsStatementsFacetsAndLinks() async throws {
        let store = try Fixtures.memoryStore()
        let berg = try #require(try store.speakers().first { $0.name == "Anna Berg" })
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/?q=islands", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let page = Fixtures.body(response)
                #expect(page.contains("the <mark class=\"hit\">islands</mark> will finally be connected"))
                #expect(!page.contains("The costs have not been counted"))
                #expect(page.contains("href=\"/speakers/\(berg.id)\""))
                // The speaker facet narrows the search; the chosen one links back to all.
                #expect(page.contains("href=\"/?q=islands&amp;speaker=Anna%20Berg\""))
                #expect(page.contains("value=\"islands\""))
            }
        }
    }

    /// The statement page: the dated first copy is marked as markup (never as escaped text),
    /// an undated copy never is.
    @Test func statementPageMarksOnlyADatedFirstPublication() async throws {
        let undated = Fixtures.harbourPage
            .replacingOccurrences(of: "<meta property=\"article:published_time\" content=\"2021-03-04T10:00:00Z\">", with: "")
            .replacingOccurrences(of: "Harbour Notes", with: "Island Post")
        let store = try Fixtures.memoryStore(pages: [("harbour.html", Data(Fixtures.harbourPage.utf8)), ("copy.html", Data(undated.utf8))])
        let onlyUndated = try Fixtures.memoryStore("undated", pages: [("copy.html", Data(undated.utf8))])
        for (s, marks) in [(store, 1), (onlyUndated, 0)] {
            let group = try #require(try s.statements(QuoteFilter(speaker: "Berg")).first { $0.sourceCount == (marks == 1 ? 2 : 1) }?.statement.groupID)
            try await app(s).test(.router) { client in
                try await client.execute(uri: "/statements/\(group)", method: .get) { response in
                    let page = Fixtures.body(response)
                    #expect(!page.contains("&lt;span"))
                    #expect(page.components(separatedBy: "<span class=\"first\">first publication</span>").count - 1 == marks)
                }
            }
        }
    }

    @Test func speakersArePagedAndSortable() async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/speakers?limit=1", method: .get) { response in
                let page = Fixtures.body(response)
                #expect(page.components(separatedBy: "<tr><td><a href=\"/speakers/").count - 1 == 1)
                #expect(page.contains("1–1 of 2"))
                #expect(page.contains("rel=\"next\" href=\"/speakers?sort=statements&amp;offset=1&amp;limit=1\""))
            }
            try await client.execute(uri: "/speakers?sort=name", method: .get) { response in
                let page = Fixtures.body(response)
                let berg = try #require(page.range(of: ">Anna Berg<")), reyes = try #require(page.range(of: ">Tom Reyes<"))
                #expect(berg.lowerBound < reyes.lowerBound)
                #expect(!page.contains("rel=\"next\""))
            }
            try await client.execute(uri: "/speakers?sort=loudest", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func speakerPageHasTheChartAndStatements() async throws {
        let store = try Fixtures.memoryStore()
        let berg = try #require(try store.speakers().first { $0.name == "Anna Berg" })
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/speakers/\(berg.id)", method: .get) { response in
                #expect(response.status == .ok)
                let page = Fixtures.body(response)
                #expect(page.contains("<svg class=\"timeline\""))
                #expect(page.contains("data-month=\"2021-03\" data-count=\"\(berg.quoteCount)\""))
                #expect(page.contains("Mayor"))
            }
            try await client.execute(uri: "/speakers/424242", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Fixtures.body(response).contains("There is no speaker 424242."))
            }
        }
    }

    @Test func articlePageMarksEveryStatementInItsSpeakersColour() async throws {
        let store = try Fixtures.memoryStore()
        let doc = try #require(try store.allArticles().first)
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/articles/\(doc.article.id)", method: .get) { response in
                #expect(response.status == .ok)
                let page = Fixtures.body(response)
                for i in doc.quotes.indices { #expect(page.contains("<mark class=\"q sp") && page.contains("data-quote=\"\(i)\"")) }
                // Two speakers, two colours; hovering names the speaker, cue and confidence.
                #expect(page.contains("class=\"q sp0\"") && page.contains("class=\"q sp1\""))
                #expect(page.contains("data-tip=\"Anna Berg — direct, cue “said”, confidence"))
            }
        }
    }

    /// A search form sends spaces as `+`; a plus itself comes as `%2B`.
    @Test func formEncodedValuesAreDecoded() throws {
        let q = try StatementQuery(query: "speaker=Anna+Berg&about=C%2B%2B+code&q=%D0%9D%D0%90%D0%A2%D0%9E&speaker=ignored")
        #expect(q.filter.speaker == "Anna Berg")
        #expect(q.filter.about == "C++ code")
        #expect(q.filter.query == "НАТО")
        #expect(try StatementQuery(query: "limit=5&offset=10").offset == 10)
        #expect(throws: ParameterError.self) { try StatementQuery(query: "limit=5000") }
    }

    @Test func badParametersGiveAPageWithTheReason() async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/?since=soon", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(Fixtures.body(response).contains("since wants a date as YYYY-MM-DD"))
            }
            // The search form sends its blank fields: on the pages they are no filter.
            try await client.execute(uri: "/?q=&speaker=&kind=&since=&until=+", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func highlightSplitsParagraphsAndEscapesText() {
        let body = "A <b>x</b> said \"hi\".\n\nSecond & last."
        let marks = [Highlight.Mark(span: Span(17, 19), quote: 0, cssClass: "q sp0", tip: "Jo \"J\" <i>")]
        let html = Highlight.body(body, marks).markup
        #expect(html == "<p>A &lt;b&gt;x&lt;/b&gt; said &quot;<mark class=\"q sp0\" data-quote=\"0\" data-tip=\"Jo &quot;J&quot; &lt;i&gt;\" title=\"Jo &quot;J&quot; &lt;i&gt;\">hi</mark>&quot;.</p>\n<p>Second &amp; last.</p>\n")
    }

    @Test func linksFromAPageNeverCarryScript() {
        #expect(ArticlePage.safeURL("javascript:alert(1)") == "#")
        #expect(ArticlePage.safeURL(" JAVASCRIPT:alert(1)") == "#")
        #expect(ArticlePage.safeURL("https://example.test/a?b=1") == "https://example.test/a?b=1")
    }
}
