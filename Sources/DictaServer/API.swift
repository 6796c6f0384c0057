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
        api.get("speakers") { _, _ in
            try json(try APIError.read { try store.speakers() }.map(SpeakerJSON.init))
        }
        api.get("speakers/:id") { request, context in
            let id = try PathParameter.id(context, "id", as: APIError.self)
            let page = try APIError.paging(request, strict: true)
            guard let d = try APIError.read({ try store.person(id: id, limit: page.limit, offset: page.offset) }) else {
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
