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
    /// A download (`/api/quotes.csv`, `.jsonl`) is one file: up to this many statements.
    static let maxDownload = 10_000
    /// Deeper pages are refused: reading a page costs what the statements before it cost.
    static let maxOffset = 1_000_000
    /// Longer text fields are refused: no one types a 1,000-character name.
    static let maxLength = 500

    /// The names of the filter parameters, in the order pages show them.
    static let fields = ["q", "speaker", "speaker_id", "about", "outlet", "kind", "since", "until", "min_confidence", "order"]

    init() {}

    /// Reads the parameters of a raw query string; throws a 400 naming the parameter and
    /// what it wants.
    ///
    /// `strict` is for the API, whose every parameter is what `openapi.json` says: an empty
    /// `since=`, `limit=` or `kind=` is refused there. The search form sends its empty fields
    /// (`kind=&since=`), so the pages take an empty value as no filter.
    init(query: String?, strict: Bool = false, download: Bool = false) throws(ParameterError) {
        let parameters = Self.formValues(query ?? "")
        /// The value as sent, or nil when absent (or, for the pages, empty).
        func raw(_ name: String) throws(ParameterError) -> String? {
            guard let v = parameters[name] else { return nil }
            // Counted as the document's maxLength counts: in code points.
            guard v.unicodeScalars.count <= Self.maxLength else {
                throw ParameterError(name, "is longer than \(Self.maxLength) characters")
            }
            if !strict, v.allSatisfy(\.isWhitespace) { return nil }
            return v
        }
        /// Free text: surrounding blanks dropped, blank is no filter.
        func text(_ name: String) throws(ParameterError) -> String? {
            let v = try raw(name)?.trimmingCharacters(in: .whitespacesAndNewlines)
            return v?.isEmpty == false ? v : nil
        }
        func date(_ name: String) throws(ParameterError) -> String? {
            guard let v = try raw(name) else { return nil }
            let d = strict ? v : v.trimmingCharacters(in: .whitespaces)
            guard Self.isDate(d) else { throw ParameterError(name, "wants a date as YYYY-MM-DD, YYYY-MM or YYYY; got \"\(v)\"") }
            return d
        }
        func number(_ name: String, _ range: ClosedRange<Int>) throws(ParameterError) -> Int? {
            try Self.number(try raw(name), name, range, strict: strict)
        }
        // A query with no word in it (punctuation only) is kept: the store finds nothing for
        // it, as nothing says such a word, rather than everything.
        filter.query = try text("q")
        filter.speaker = try text("speaker")
        // One person by id: what a name borne by several is narrowed to.
        if let id = try number("speaker_id", 1...Int(Int32.max)) { filter.personID = Int64(id) }
        filter.about = try text("about")
        filter.outlet = try text("outlet")
        if let k = try raw("kind") {
            guard let kind = QuoteKind(rawValue: strict ? k : k.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ParameterError("kind", "wants direct, indirect or mixed; got \"\(k)\"")
            }
            filter.kind = kind
        }
        if let v = try raw("min_confidence") { filter.minConfidence = try Self.confidence(v, strict: strict) }
        filter.since = try date("since")
        filter.until = try date("until")
        if let o = try raw("order") {
            guard let order = StatementOrder(rawValue: strict ? o : o.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ParameterError("order", "wants date or relevance; got \"\(o)\"")
            }
            filter.order = order
        }
        // since after until is an empty range: no statement, not an error (the document's
        // types cannot say that one parameter bounds another).
        limit = try number("limit", 1...(download ? Self.maxDownload : Self.maxLimit)) ?? (download ? Self.maxDownload : limit)
        offset = try number("offset", 0...Self.maxOffset) ?? 0
        filter.limit = limit
        filter.offset = offset
    }

    /// A whole number parameter (nil when absent): digits only, as the document's integer (no
    /// sign, no blanks, no "0x"); the pages forgive surrounding blanks.
    static func number(_ v: String?, _ name: String, _ range: ClosedRange<Int>, strict: Bool) throws(ParameterError) -> Int? {
        guard let v else { return nil }
        let digits = strict ? v : v.trimmingCharacters(in: .whitespaces)
        if !strict, digits.isEmpty { return nil }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let n = Int(digits), range.contains(n) else {
            throw ParameterError(name, "wants a whole number from \(range.lowerBound) to \(range.upperBound); got \"\(v)\"")
        }
        return n
    }

    /// A number written as JSON writes one (`0.5`, `1`, `5e-1`): no sign but a minus, no hex,
    /// no `nan` or `inf`, which Swift's `Double(_:)` would take.
    static func decimal(_ s: String) -> Double? {
        var b = Array(s.utf8)[...]
        func digits() -> Int { let n = b.prefix { $0 >= 48 && $0 <= 57 }.count; b = b.dropFirst(n); return n }
        if b.first == 45 { b = b.dropFirst() }
        guard digits() > 0 else { return nil }
        if b.first == 46 { b = b.dropFirst(); guard digits() > 0 else { return nil } }
        if b.first == 101 || b.first == 69 {
            b = b.dropFirst()
            if b.first == 43 || b.first == 45 { b = b.dropFirst() }
            guard digits() > 0 else { return nil }
        }
        guard b.isEmpty, let n = Double(s), n.isFinite else { return nil }
        return n
    }

    /// `min_confidence` alone (nil when absent; the pages take an empty one as none).
    static func minConfidence(_ query: String?, strict: Bool) throws(ParameterError) -> Double? {
        guard let v = formValues(query ?? "")["min_confidence"] else { return nil }
        return try confidence(v, strict: strict)
    }

    /// A confidence from 0 to 1 as JSON writes numbers; the pages take a blank one as none.
    static func confidence(_ v: String, strict: Bool) throws(ParameterError) -> Double? {
        let c = strict ? v : v.trimmingCharacters(in: .whitespaces)
        if !strict, c.isEmpty { return nil }
        guard let n = decimal(c), (0...1).contains(n) else { throw ParameterError("min_confidence", "wants a number from 0 to 1; got \"\(v)\"") }
        return n
    }

    /// `limit` and `offset` alone, for the pages of one speaker's statements.
    static func paging(_ query: String?, strict: Bool, defaultLimit: Int = 20,
                       maxLimit: Int = StatementQuery.maxLimit) throws(ParameterError) -> (limit: Int, offset: Int) {
        let parameters = formValues(query ?? "")
        return (try number(parameters["limit"], "limit", 1...maxLimit, strict: strict) ?? defaultLimit,
                try number(parameters["offset"], "offset", 0...maxOffset, strict: strict) ?? 0)
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

    /// A year, month or day the document's pattern admits: real months, the days each month
    /// can have (February 29 in any year: a pattern cannot count leap years).
    static func isDate(_ s: String) -> Bool { DatePrefix.isValid(s, leapYears: false) }

    /// The query string of these filters with `changes` applied (nil removes a field), for links.
    func link(_ path: String = "/", _ changes: [String: String?] = [:]) -> String {
        var values: [(String, String)] = []
        let current: [String: String?] = [
            "q": filter.query, "speaker": filter.speaker, "speaker_id": filter.personID.map { String($0) }, "about": filter.about, "outlet": filter.outlet,
            "kind": filter.kind?.rawValue, "since": filter.since, "until": filter.until,
            "min_confidence": filter.minConfidence.map { String($0) },
            "order": filter.order == .date ? nil : filter.order.rawValue,
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
