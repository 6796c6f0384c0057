import DictaCore
import DictaStore
import Hummingbird

/// The HTML pages. Errors are pages too, with the status and a message.
enum Pages {
    static func add(to router: Router<BasicRequestContext>, store: any Store) {
        router.get("/") { request, _ in
            let q = try query(request)
            let (groups, facets) = try read { (try store.statements(q.filter), try store.facets(q.filter)) }
            return html(SearchPage.render(q, facets: facets, groups: groups))
        }
        router.get("/speakers") { _, _ in
            html(SpeakersPage.render(try read { try store.speakers() }))
        }
        router.get("/speakers/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError(.notFound, "There is no such speaker.") }
            guard let d = try read({ try store.person(id: id) }) else { throw PageError(.notFound, "There is no speaker \(id).") }
            return html(SpeakerPage.render(d))
        }
        router.get("/articles/:id") { _, context in
            let id = try context.parameters.require("id")
            guard let doc = try read({ try store.article(id: id) }) else { throw PageError(.notFound, "There is no article \(id).") }
            var filter = QuoteFilter()
            filter.articleID = doc.article.id
            let stored = try read { try store.quotes(filter) }.sorted { $0.quote.content.first?.start ?? 0 < $1.quote.content.first?.start ?? 0 }
            return html(ArticlePage.render(doc.article, statements: stored))
        }
        router.get("/statements/:id") { _, context in
            guard let id = context.parameters.get("id", as: Int64.self) else { throw PageError(.notFound, "There is no such statement.") }
            var filter = QuoteFilter()
            filter.groupID = id
            guard let g = try read({ try store.statements(filter) }).first else { throw PageError(.notFound, "There is no statement \(id).") }
            return html(StatementPage.render(g))
        }
    }

    static func query(_ request: Request) throws -> StatementQuery {
        do {
            return try StatementQuery(query: request.uri.query)
        } catch {
            throw PageError(.badRequest, error.message)
        }
    }

    static func read<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            if case .ambiguousArticleID = error { throw PageError(.badRequest, error.description) }
            throw PageError(.internalServerError, error.description)
        }
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: page.markup)))
    }
}

/// A page that cannot be shown: its status and why, as a page.
struct PageError: HTTPResponseError {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        Pages.html(Layout.page(title: "\(status.code) \(status.reasonPhrase)", """
            <h1>\(status.reasonPhrase)</h1><p class="error">\(message)</p><p><a href="/">Search statements</a></p>
            """), status: status)
    }
}
