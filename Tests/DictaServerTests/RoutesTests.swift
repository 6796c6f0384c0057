import DictaStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import DictaServer

/// Methods, unknown paths and path ids, as the OpenAPI document describes them.
@Suite struct RoutesTests {
    @Test func theKnownPathsAreTheRoutes() throws {
        let router = DictaServer.router(store: try Fixtures.memoryStore())
        let routed = Set(router.routes.map { $0.path.description.replacingOccurrences(of: "{id}", with: "*").replacingOccurrences(of: ":id", with: "*") })
        let known = Set(RoutePaths.patterns.map { "/" + $0.joined(separator: "/") })
        #expect(routed == known)
    }

    @Test func otherMethodsAreA405WithAllow() async throws {
        let store = try Fixtures.memoryStore()
        try await Application(router: DictaServer.router(store: store)).test(.router) { client in
            for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options] {
                try await client.execute(uri: "/api/quotes", method: method) { response in
                    #expect(response.status == .methodNotAllowed)
                    #expect(response.headers[.allow] == "GET, HEAD")
                    let body = try #require(try Fixtures.json(response) as? [String: Any])
                    #expect((body["error"] as? [String: Any])?["message"] is String)
                }
            }
            try await client.execute(uri: "/speakers", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            }
        }
    }

    @Test func headIsAGetWithoutItsBody() async throws {
        let store = try Fixtures.memoryStore()
        try await Application(router: DictaServer.router(store: store)).test(.router) { client in
            let length = try await client.execute(uri: "/api/quotes", method: .get) { $0.body.readableBytes }
            try await client.execute(uri: "/api/quotes", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(length))
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            }
        }
    }

    @Test func unknownPathsAre404sWithABody() async throws {
        let store = try Fixtures.memoryStore()
        try await Application(router: DictaServer.router(store: store)).test(.router) { client in
            for uri in ["/api/nothing", "/api/speakers/1/more", "/api"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    let body = try #require(try Fixtures.json(response) as? [String: Any], "\(uri)")
                    #expect((body["error"] as? [String: Any])?["message"] is String)
                }
            }
            try await client.execute(uri: "/nothing/here", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(Fixtures.body(response).contains("There is no such page."))
            }
        }
    }

    @Test func pathIdsArePercentDecodedAndChecked() async throws {
        let store = try Fixtures.memoryStore()
        let article = try #require(try store.allArticles().first?.article.id)
        let speaker = try #require(try store.speakers().first?.id)
        // The first character as %XX: the same article.
        let encoded = "%" + String(article.utf8.first!, radix: 16) + article.dropFirst()
        let sid = String(speaker)
        let encodedSpeaker = "%3" + sid.prefix(1) + sid.dropFirst()
        try await Application(router: DictaServer.router(store: store)).test(.router) { client in
            for uri in ["/api/articles/\(encoded)", "/articles/\(encoded)", "/api/speakers/\(encodedSpeaker)"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
            for uri in ["/api/speakers/abc", "/api/speakers/%2B1", "/api/statements/1.5", "/api/articles/%zz"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect((try? Fixtures.json(response)) is [String: Any], "\(uri)")
                }
            }
            try await client.execute(uri: "/api/speakers/-3", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
