import DictaCore
import DictaStore
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The web face of a store: the JSON API, its OpenAPI document and the pages.
///
/// Every route reads the store only; `dicta ingest` may write to the same file meanwhile
/// (SQLite in WAL mode: each request sees whole articles).
public enum DictaServer {
    /// The router with every route, for `dicta serve` and for tests that drive it in process.
    public static func router(store: any Store) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self, options: .autoGenerateHeadEndpoints)
        router.middlewares.add(SecurityHeaders())
        router.middlewares.add(Routes())
        let reads = StoreReads(store: store)
        API.add(to: router, store: store, reads: reads)
        Pages.add(to: router, store: store, reads: reads)
        router.get("/openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: Assets.openAPI)))
        }
        router.get("/assets/dicta.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(bytes: Assets.css)))
        }
        return router
    }

    /// How long a connection may go without sending a whole request head or body part before
    /// it is closed: a client that trickles its headers (slowloris) holds a connection this
    /// long at most, and an idle keep-alive connection is let go after it.
    public static let defaultIdleTimeout: Duration = .seconds(15)

    /// Serves until the process is asked to stop (SIGINT, SIGTERM), then finishes the
    /// requests in flight.
    /// A failure to listen: throws ``ListenError`` when the address cannot be bound.
    public static func serve(store: any Store, host: String, port: Int,
                             idleTimeout: Duration = defaultIdleTimeout, logger: Logger) async throws {
        do {
            try await application(store: store, host: host, port: port, idleTimeout: idleTimeout, logger: logger).runService()
        } catch let error as IOError {
            throw ListenError(host: host, port: port, inUse: error.errnoCode == EADDRINUSE, reason: error.description)
        }
    }

    /// The server could not listen on its address: the port is taken, or the address is not
    /// this machine's.
    public struct ListenError: Error, CustomStringConvertible {
        public var host: String
        public var port: Int
        public var inUse: Bool
        public var reason: String

        public var description: String {
            inUse ? "Cannot listen on \(host):\(port): the port is in use (another dicta serve?); choose another with --port."
                : "Cannot listen on \(host):\(port): \(reason)"
        }
    }

    /// The application listening on `host:port` (port 0: any free port).
    public static func application(store: any Store, host: String = "127.0.0.1", port: Int = 8080,
                                   idleTimeout: Duration = defaultIdleTimeout,
                                   logger: Logger = Logger(label: "dicta.serve")) -> some ApplicationProtocol {
        Application(router: router(store: store),
                    server: .http1(configuration: .init(idleTimeout: TimeAmount(idleTimeout))),
                    configuration: .init(address: .hostname(host, port: port), serverName: "Dicta"),
                    logger: logger)
    }
}

/// Files shipped with the module.
enum Assets {
    static let openAPI = load("openapi", "json")
    static let css = load("dicta", "css")

    static func load(_ name: String, _ ext: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else {
            preconditionFailure("DictaServer resource \(name).\(ext) is missing from the bundle")
        }
        return [UInt8](data)
    }
}

/// Headers on every response, errors included: no script or style from anywhere but this
/// server, no framing, no sniffing, no referrer sent to the outlets the pages link to.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        return response
    }
}

/// An error shown to the client with a status and a message: JSON for the API, a page for
/// the pages. The store and parameter failures below become one or the other.
protocol StatusError: HTTPResponseError {
    init(_ status: HTTPResponse.Status, _ message: String)
}

extension StatusError {
    /// The filters of a request's query string; a bad one is a 400 naming it.
    static func query(_ request: Request, strict: Bool = false, download: Bool = false) throws -> StatementQuery {
        do {
            return try StatementQuery(query: request.uri.query, strict: strict, download: download)
        } catch {
            throw Self(.badRequest, error.message)
        }
    }

    /// `limit` and `offset` of a request; a bad one is a 400 naming it.
    static func paging(_ request: Request, strict: Bool = false, defaultLimit: Int = 20,
                       maxLimit: Int = StatementQuery.maxLimit) throws -> (limit: Int, offset: Int) {
        do {
            return try StatementQuery.paging(request.uri.query, strict: strict, defaultLimit: defaultLimit, maxLimit: maxLimit)
        } catch {
            throw Self(.badRequest, error.message)
        }
    }

    /// `min_confidence` of a request; a bad one is a 400 naming it.
    static func minConfidence(_ request: Request, strict: Bool = false) throws -> Double? {
        do {
            return try StatementQuery.minConfidence(request.uri.query, strict: strict)
        } catch {
            throw Self(.badRequest, error.message)
        }
    }

    /// Runs a store read; a store failure is a 500 with its message (never a crash), an
    /// ambiguous id prefix a 400.
    static func read<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            if case .ambiguousArticleID = error { throw Self(.badRequest, error.description) }
            throw Self(.internalServerError, error.description)
        }
    }
}
