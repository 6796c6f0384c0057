import DictaCore
import DictaStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DictaServer

@Suite struct APITests {
    func app(_ store: any Store) -> some ApplicationProtocol {
        Application(router: DictaServer.router(store: store))
    }

    @Test func quotesListsStatementsWithTheirSpeakers() async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/api/quotes?speaker=Berg", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let page = try #require(try Fixtures.json(response) as? [String: Any])
                let statements = try #require(page["statements"] as? [[String: Any]])
                #expect(page["total"] as? Int == statements.count)
                #expect(!statements.isEmpty)
                for s in statements {
                    let speaker = try #require(s["speaker"] as? [String: Any])
                    #expect(speaker["name"] as? String == "Anna Berg")
                    #expect(s["source_count"] as? Int == 1)
                }
            }
            try await client.execute(uri: "/api/quotes?q=costs&limit=1", method: .get) { response in
                let page = try #require(try Fixtures.json(response) as? [String: Any])
                let statements = try #require(page["statements"] as? [[String: Any]])
                #expect(statements.count == 1)
                #expect((statements.first?["text"] as? String)?.contains("costs") == true)
            }
        }
    }

    @Test(arguments: [
        ("/api/quotes?kind=loud", "kind"), ("/api/quotes?since=yesterday", "since"), ("/api/quotes?limit=0", "limit"),
        ("/api/quotes?limit=abc", "limit"), ("/api/quotes?since=2021-13", "since"), ("/api/quotes?until=2021-02-32", "until"), ("/api/quotes?since=2020-04-31", "since"), ("/api/quotes?since=2020-02-30", "since"),
        // What openapi.json forbids, the API refuses: an empty date, an enum in capitals, a signed
        // or padded number, an offset past the cap, a value over 500 code points.
        ("/api/quotes?since=", "since"), ("/api/quotes?kind=DIRECT", "kind"), ("/api/quotes?limit=%2B5", "limit"),
        ("/api/quotes?limit=%205", "limit"), ("/api/quotes?offset=1000001", "offset"), ("/api/quotes?kind=", "kind"),
        ("/api/quotes?speaker=" + String(repeating: "e%CC%81", count: 251), "speaker"),
        ("/api/quotes?min_confidence=1.5", "min_confidence"), ("/api/quotes?min_confidence=0x1p-1", "min_confidence"),
        ("/api/quotes?min_confidence=nan", "min_confidence"), ("/api/quotes?min_confidence=", "min_confidence"),
    ])
    func badParametersAreA400NamingTheParameter(uri: String, parameter: String) async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                let body = try #require(try Fixtures.json(response) as? [String: Any])
                let message = try #require((body["error"] as? [String: Any])?["message"] as? String)
                #expect(message.hasPrefix(parameter + " "))
            }
        }
    }

    /// Values the document allows are answered: punctuation alone matches nothing, since after
    /// until is an empty range, an empty text field is no filter.
    @Test(arguments: ["/api/quotes?q=%22%29%28*", "/api/quotes?since=2021-05&until=2021-01", "/api/quotes?speaker=&about=%20",
                      "/api/quotes?min_confidence=1e0&speaker=", "/api/quotes?min_confidence=0.99&speaker="])
    func documentedValuesAreAnswered(uri: String) async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let page = try #require(try Fixtures.json(response) as? [String: Any])
                let total = try #require(page["total"] as? Int)
                // The fixture page's statements are attributed with less than full confidence.
                #expect(uri.contains("speaker=&about") ? total == 3 : total == 0, "\(uri)")
            }
        }
    }

    @Test func searchSyntaxIsNeverAServerError() async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            for q in ["NATO\"", "AND (", "a OR", "*", "NEAR(x y)", "\u{0}", "' OR 1=1 --"] {
                let uri = "/api/quotes?q=" + URLQuery.escape(q)
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok || response.status == .badRequest, "\(q)")
                }
            }
        }
    }

    @Test func speakerArticleAndStatementByID() async throws {
        let store = try Fixtures.memoryStore()
        let berg = try #require(try store.speakers().first { $0.name == "Anna Berg" })
        let article = try #require(try store.allArticles().first)
        let group = try #require(try store.statements(QuoteFilter(speaker: "Berg")).first?.statement.groupID)
        try await app(store).test(.router) { client in
            try await client.execute(uri: "/api/speakers/\(berg.id)", method: .get) { response in
                #expect(response.status == .ok)
                let d = try #require(try Fixtures.json(response) as? [String: Any])
                #expect((d["speaker"] as? [String: Any])?["name"] as? String == "Anna Berg")
                let months = try #require(d["months"] as? [[String: Any]])
                #expect(months.first?["value"] as? String == "2021-03")
            }
            try await client.execute(uri: "/api/articles/\(article.article.id)", method: .get) { response in
                #expect(response.status == .ok)
                let back = try JSONDecoder().decode(AttributedArticle.self, from: Data(String(buffer: response.body).utf8))
                #expect(back == article)
            }
            try await client.execute(uri: "/api/statements/\(group)", method: .get) { response in
                #expect(response.status == .ok)
            }
            for missing in ["/api/speakers/999999", "/api/articles/ffffffffffff", "/api/statements/999999"] {
                try await client.execute(uri: missing, method: .get) { response in
                    #expect(response.status == .notFound, "\(missing)")
                }
            }
        }
    }

    /// The document in the repository and the routes that exist must agree both ways, and
    /// every documented path must answer (not 404) with the store's ids filled in.
    @Test func openAPIDocumentMatchesTheRoutes() async throws {
        let store = try Fixtures.memoryStore()
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(Assets.openAPI)) as? [String: Any])
        #expect(doc["openapi"] as? String == "3.1.0")
        let paths = try #require(doc["paths"] as? [String: [String: Any]])
        var documented: Set<String> = []
        for (path, methods) in paths { for m in methods.keys { documented.insert("\(m.uppercased()) \(path)") } }
        let router = DictaServer.router(store: store)
        let routed = Set(router.routes.map { "\($0.method) \($0.path)" }
            .map { $0.replacingOccurrences(of: ":id", with: "{id}") }
            .filter { $0.contains(" /api/") || $0.hasSuffix(" /openapi.json") })
        #expect(documented == routed)

        let ids = [
            "/api/speakers/{id}": String(try #require(try store.speakers().first).id),
            "/api/articles/{id}": try #require(try store.allArticles().first?.article.id),
            "/api/statements/{id}": String(try #require(try store.statements(QuoteFilter()).first?.statement.groupID)),
        ]
        let documentedPaths = Array(paths.keys)
        try await Application(router: router).test(.router) { client in
            for path in documentedPaths {
                let uri = ids[path].map { path.replacingOccurrences(of: "{id}", with: $0) } ?? path
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let store = try Fixtures.memoryStore()
        try await app(store).test(.router) { client in
            for uri in ["/", "/api/quotes", "/api/speakers/999999", "/nowhere", "/?kind=loud"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true, "\(uri)")
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                }
            }
        }
    }
}
