import Foundation
import HTTPTypes
import Hummingbird

/// What every route shares, before its handler runs: which paths exist, which methods they
/// take, and errors in the route's own form (JSON under `/api/`, a page elsewhere).
///
/// - Every route is read-only: GET, and HEAD (the same headers, no body). Any other method
///   on a path that exists is a 405 with `Allow: GET, HEAD`.
/// - A path that does not exist is a 404 with a body: the API's JSON error, or a page.
/// - Errors raised by the router itself (an `HTTPError`) get the same body as Dicta's own.
struct Routes<Context: RequestContext>: RouterMiddleware {
    static func exists(_ path: String) -> Bool { RoutePaths.exists(path) }
    static var allow: String { RoutePaths.allow }

    static func isAPI(_ path: String) -> Bool { path == "/api" || path.hasPrefix("/api/") }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        let api = Self.isAPI(path)
        func failure(_ status: HTTPResponse.Status, _ message: String) throws -> Response {
            api ? try APIError(status, message).response(from: request, context: context)
                : try PageError(status, message).response(from: request, context: context)
        }
        guard Self.exists(path) else {
            return try failure(.notFound, api ? "no such path: \(path)" : "There is no such page.")
        }
        switch request.method {
        case .get, .head:
            // HEAD reaches the GET handler through the router's generated HEAD endpoints.
            var response: Response
            do {
                response = try await next(request, context)
            } catch let error as HTTPError {
                response = try failure(error.status, error.body ?? error.status.reasonPhrase)
            }
            if request.method == .head {
                // The GET's headers, no body: the length is what a GET would send.
                let length = response.body.contentLength
                response.body = .init()
                if let length { response.headers[.contentLength] = String(length) }
            }
            return response
        default:
            var response = try failure(.methodNotAllowed, "\(request.method) is not allowed here; \(Self.allow) are")
            response.headers[.allow] = Self.allow
            return response
        }
    }
}

/// The paths the router serves, split once: ``Routes`` asks on every request, and a generic
/// type cannot hold them in a stored static.
enum RoutePaths {
    /// `*` is one path segment (an id).
    static let patterns: [[Substring]] = [
        "/", "/overview", "/speakers", "/speakers/*", "/articles/*", "/statements/*",
        "/api/quotes", "/api/quotes.csv", "/api/quotes.jsonl", "/api/speakers", "/api/speakers/*", "/api/articles/*", "/api/statements/*",
        "/openapi.json", "/assets/dicta.css",
    ].map { $0.split(separator: "/") }

    static let allow = "GET, HEAD"

    static func exists(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let parts = segments.last == "" && segments.count > 0 ? Array(segments.dropLast()) : Array(segments)
        return patterns.contains { p in
            p.count == parts.count && zip(p, parts).allSatisfy { $0 == "*" ? !$1.isEmpty : $0 == $1 }
        }
    }
}

/// A path parameter as the client meant it: percent-decoded (`%30` is `0`).
enum PathParameter {
    /// The decoded segment, or a 400 when it is not valid percent-encoding.
    static func text<E: StatusError>(_ context: some RequestContext, _ name: String, as _: E.Type) throws -> String {
        let raw = context.parameters.get(name) ?? ""
        guard let decoded = raw.removingPercentEncoding else {
            throw E(.badRequest, "\(name) is not valid percent-encoding; got \"\(raw)\"")
        }
        return decoded
    }

    /// A whole number (optionally negative, digits only), or a 400 naming the parameter.
    static func id<E: StatusError>(_ context: some RequestContext, _ name: String, as e: E.Type) throws -> Int64 {
        let v = try text(context, name, as: e)
        let digits = v.hasPrefix("-") ? v.dropFirst() : Substring(v)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int64(v) else {
            throw E(.badRequest, "\(name) wants a whole number; got \"\(v)\"")
        }
        return n
    }
}
