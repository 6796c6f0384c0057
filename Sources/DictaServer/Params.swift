import DictaCore
import DictaStore
import Foundation

/// The filters of `GET /api/quotes` and of the search page, read from a query string.
/// Anything a user can type is accepted or refused with a message; none reaches SQL except
/// as a bound parameter (the store's conditions are all `?` placeholders).
struct StatementQuery: Sendable, Equatable {
    var filter = QuoteFilter()
    var limit = 20
    var offset = 0

    static let maxLimit = 200
    /// Longer text fields are refused: no one types a 1,000-character name.
    static let maxLength = 500

    /// The names of the filter parameters, in the order pages show them.
    static let fields = ["q", "speaker", "about", "outlet", "kind", "since", "until"]

    init() {}

    /// Reads the parameters of a raw query string; throws a 400 naming the parameter and
    /// what it wants.
    init(query: String?) throws(ParameterError) {
        let parameters = Self.formValues(query ?? "")
        func text(_ name: String) throws(ParameterError) -> String? {
            guard let raw = parameters[name] else { return nil }
            let v = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if v.isEmpty { return nil }
            guard v.count <= Self.maxLength else {
                throw ParameterError(name, "is longer than \(Self.maxLength) characters")
            }
            return v
        }
        func date(_ name: String) throws(ParameterError) -> String? {
            guard let v = try text(name) else { return nil }
            guard Self.isDate(v) else { throw ParameterError(name, "wants a date as YYYY-MM-DD, YYYY-MM or YYYY; got \"\(v)\"") }
            return v
        }
        func number(_ name: String, _ range: ClosedRange<Int>) throws(ParameterError) -> Int? {
            guard let v = try text(name) else { return nil }
            guard let n = Int(v), range.contains(n) else {
                throw ParameterError(name, "wants a whole number from \(range.lowerBound) to \(range.upperBound); got \"\(v)\"")
            }
            return n
        }
        if let q = try text("q") {
            // The store takes every word literally; a query with none would silently match
            // everything, which is not what the user asked.
            guard q.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
                throw ParameterError("q", "has no word to search for; got \"\(q)\"")
            }
            filter.query = q
        }
        filter.speaker = try text("speaker")
        filter.about = try text("about")
        filter.outlet = try text("outlet")
        if let k = try text("kind") {
            guard let kind = QuoteKind(rawValue: k.lowercased()) else {
                throw ParameterError("kind", "wants direct, indirect or mixed; got \"\(k)\"")
            }
            filter.kind = kind
        }
        filter.since = try date("since")
        filter.until = try date("until")
        if let s = filter.since, let u = filter.until, s > u {
            throw ParameterError("since", "is after until (\(s) > \(u))")
        }
        limit = try number("limit", 1...Self.maxLimit) ?? limit
        offset = try number("offset", 0...1_000_000) ?? 0
        filter.limit = limit
        filter.offset = offset
    }

    /// `application/x-www-form-urlencoded` pairs, as a search form sends them: `+` is a space
    /// (`%2B` a plus). The first value of a name wins; undecodable values are taken as written.
    static func formValues(_ query: String) -> [String: String] {
        var out: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let name = decode(parts[0])
            if out[name] == nil { out[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return out
    }

    static func isDate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count >= 2 { guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return false } }
        if parts.count == 3 { guard parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return false } }
        return true
    }

    /// The query string of these filters with `changes` applied (nil removes a field), for links.
    func link(_ path: String = "/", _ changes: [String: String?] = [:]) -> String {
        var values: [(String, String)] = []
        let current: [String: String?] = [
            "q": filter.query, "speaker": filter.speaker, "about": filter.about, "outlet": filter.outlet,
            "kind": filter.kind?.rawValue, "since": filter.since, "until": filter.until,
        ]
        for name in Self.fields {
            let v = changes.keys.contains(name) ? changes[name]! : current[name]!
            if let v { values.append((name, v)) }
        }
        if let o = changes["offset"], let o { values.append(("offset", o)) }
        if values.isEmpty { return path }
        return path + "?" + values.map { "\($0.0)=\(URLQuery.escape($0.1))" }.joined(separator: "&")
    }
}

/// A request parameter that is not what it should be: a 400 with a message.
struct ParameterError: Error, Sendable {
    var name: String
    var reason: String
    init(_ name: String, _ reason: String) {
        self.name = name
        self.reason = reason
    }
    var message: String { "\(name) \(reason)" }
}

enum URLQuery {
    /// Percent-encodes everything but unreserved characters (RFC 3986).
    static func escape(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
