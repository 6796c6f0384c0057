import DictaCore
import DictaStore
import Hummingbird

/// The HTML pages. Errors are pages too, with the status and a message.
enum Pages {
    static func add(to router: Router<BasicRequestContext>, store: any Store, reads: StoreReads) {
        router.get("/") { request, _ in
            let q = try PageError.query(request)
            let body = try PageError.read {
                try reads.rendered("/?" + (request.uri.query ?? ""), q.filter) { groups, facets in
                    let choice = try q.filter.speaker.map { try store.speakerChoice(named: $0) }
                    return Array(SearchPage.render(q, facets: facets, groups: groups, choice: choice).markup.utf8)
                }
            }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        router.get("/overview") { request, _ in
            let q = try PageError.query(request)
            return html(OverviewPage.render(q, try PageError.read { try store.overview(q.filter, top: 10) }))
        }
        router.get("/speakers") { request, _ in
            let page = try PageError.paging(request, defaultLimit: 100)
            let raw = StatementQuery.formValues(request.uri.query ?? "")["sort"] ?? ""
            guard let sort = raw.isEmpty ? .statements : SpeakersPage.Sort(rawValue: raw) else {
                throw PageError(.badRequest, "sort wants statements, name or recent; got \"\(raw)\"")
            }
            return html(SpeakersPage.render(try PageError.read { try store.speakers() }, sort: sort, limit: page.limit, offset: page.offset))
        }
        router.get("/speakers/:id") { request, context in
            let id = try PathParameter.id(context, "id", as: PageError.self)
            let page = try PageError.paging(request)
            let min = try PageError.minConfidence(request)
            guard let d = try PageError.read({ try store.person(id: id, limit: page.limit, offset: page.offset, minConfidence: min) }) else {
                throw PageError(.notFound, "There is no speaker \(id).")
            }
            return html(SpeakerPage.render(d, limit: page.limit, minConfidence: min))
        }
        router.get("/articles/:id") { _, context in
            let id = try PathParameter.text(context, "id", as: PageError.self)
            guard let doc = try PageError.read({ try store.article(id: id) }) else { throw PageError(.notFound, "There is no article \(id).") }
            var filter = QuoteFilter()
            filter.articleID = doc.article.id
            // In the order they appear in the article (the store's order within one article).
            let stored = try PageError.read { try store.quotes(filter) }
            return html(ArticlePage.render(doc.article, statements: stored))
        }
        router.get("/statements/:id") { _, context in
            let id = try PathParameter.id(context, "id", as: PageError.self)
            var filter = QuoteFilter()
            filter.groupID = id
            guard let g = try PageError.read({ try store.statements(filter) }).first else { throw PageError(.notFound, "There is no statement \(id).") }
            return html(StatementPage.render(g))
        }
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: page.markup)))
    }
}

/// A page that cannot be shown: its status and why, as a page.
struct PageError: StatusError {
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
