import DictaCore
import DictaStore
import Foundation
import Hummingbird

/// `GET /api/…`: JSON for other tools. Errors are JSON too: `{"error": {"message": …}}`.
enum API {
    static func add(to router: Router<BasicRequestContext>, store: any Store, reads: StoreReads) {
        let api = router.group("api")
        api.get("quotes") { request, _ in
            let q = try APIError.query(request, strict: true)
            let body = try APIError.read {
                try reads.rendered("api/quotes?" + (request.uri.query ?? ""), q.filter) { groups, facets in
                    try [UInt8](encoder.encode(StatementPageJSON(total: facets.total, offset: q.offset, limit: q.limit,
                                                                 statements: groups.map(StatementJSON.init))))
                }
            }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        // A search as one file: every statement it finds (up to 10,000), as CSV in the
        // columns `dicta quotes --format csv` prints, or as JSON lines of the API's statements.
        api.get("quotes.csv") { request, _ in
            let q = try APIError.query(request, strict: true, download: true)
            let groups = try APIError.read { try store.statements(q.filter) }
            var text = StatementCSV.header
            for g in groups { text += StatementCSV.row(g.statement, sourceCount: g.sourceCount) }
            return download(text, type: "text/csv; charset=utf-8", name: "statements.csv")
        }
        api.get("quotes.jsonl") { request, _ in
            let q = try APIError.query(request, strict: true, download: true)
            let groups = try APIError.read { try store.statements(q.filter) }
            var text = ""
            for g in groups { text += String(decoding: try encoder.encode(StatementJSON(g)), as: UTF8.self) + "\n" }
            return download(text, type: "application/jsonl; charset=utf-8", name: "statements.jsonl")
        }
        api.get("speakers") { request, _ in
            // Every speaker unless a page is asked for (`limit`, `offset`), most quoted first.
            let page = try APIError.paging(request, strict: true, defaultLimit: Int.max, maxLimit: 10_000)
            let all = try APIError.read { try store.speakers() }
            return try json(all.dropFirst(min(page.offset, all.count)).prefix(page.limit).map(SpeakerJSON.init))
        }
        api.get("speakers/:id") { request, context in
            let id = try PathParameter.id(context, "id", as: APIError.self)
            let page = try APIError.paging(request, strict: true)
            let min = try APIError.minConfidence(request, strict: true)
            guard let d = try APIError.read({ try store.person(id: id, limit: page.limit, offset: page.offset, minConfidence: min) }) else {
                throw APIError(.notFound, "no speaker with id \(id)")
            }
            return try json(SpeakerDetailJSON(d, limit: page.limit))
        }
        api.get("articles/:id") { _, context in
            let id = try PathParameter.text(context, "id", as: APIError.self)
            guard let doc = try APIError.read({ try store.article(id: id) }) else { throw APIError(.notFound, "no article with id \(id)") }
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: doc.jsonLine())))
        }
        api.get("statements/:id") { _, context in
            let id = try PathParameter.id(context, "id", as: APIError.self)
            var filter = QuoteFilter()
            filter.groupID = id
            guard let g = try APIError.read({ try store.statements(filter) }).first else { throw APIError(.notFound, "no statement with id \(id)") }
            return try json(StatementJSON(g))
        }
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.keyEncodingStrategy = .convertToSnakeCase
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func download(_ text: String, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func json(_ value: some Encodable) throws -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }
}

/// An API error: its status and a JSON body with the message.
struct APIError: StatusError {
    var status: HTTPResponse.Status
    var message: String

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try API.encoder.encode(ErrorJSON(error: .init(message: message)))
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
