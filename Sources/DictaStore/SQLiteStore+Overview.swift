import DictaPeople
import Foundation
import GRDB

/// Share of voice over the statements a filter passes: who and which outlets were quoted,
/// month by month, and by the sex a speaker's given name states.
public struct Overview: Sendable, Equatable {
    /// One speaker or outlet with its statements in all and per month (`YYYY-MM`).
    public struct Series: Sendable, Equatable {
        public var name: String
        /// The person's id; nil for outlets.
        public var id: Int64?
        public var type: SpeakerType?
        public var total: Int
        public var perMonth: [String: Int]
    }

    /// Statements passing the filter, a reprint counted once.
    public var total = 0
    /// Of those, statements without a date.
    public var undated = 0
    /// Every month from the first to the last dated statement.
    public var months: [String] = []
    /// Statements per month, all speakers.
    public var perMonth: [String: Int] = [:]
    /// The most quoted speakers, most first.
    public var speakers: [Series] = []
    /// The outlets that carried most of them, most first (by first publication).
    public var outlets: [Series] = []
    /// Statements by people whose given name states a sex, and those it does not ("unknown":
    /// no given name, or one both sexes bear); organisations and unnamed speakers apart.
    public var byGender: [String: Int] = ["female": 0, "male": 0, "unknown": 0]
    public var byOrganizations = 0
    public var unattributed = 0
}

extension SQLiteStore {
    /// The ``Overview`` of the statements passing `filter` (its limit and offset ignored), with
    /// the `top` most quoted speakers and outlets.
    public func overview(_ filter: QuoteFilter, top: Int = 8) throws -> Overview {
        try read("making the overview") { db in
            var o = Overview()
            guard let (condition, arguments) = try Self.conditions(filter, in: db) else { return o }
            // One row per statement (its first publication): reprints count once.
            let rows = try Row.fetchCursor(db, sql: """
                SELECT quote.personId, person.name, person.type, article.outlet,
                       substr(MIN(COALESCE(article.published, '9999')), 1, 7) AS month
                FROM quote JOIN article ON article.id = quote.articleId
                LEFT JOIN person ON person.id = quote.personId
                \(condition.map { "WHERE " + $0 } ?? "")
                GROUP BY COALESCE(quote.groupId, -quote.id)
                """, arguments: arguments)
            var speakers: [Int64: Overview.Series] = [:], outlets: [String: Overview.Series] = [:]
            var sexOf: [Int64: String] = [:]
            while let row = try rows.next() {
                o.total += 1
                let month: String = row["month"]
                let dated = month != "9999"
                if dated { o.perMonth[month, default: 0] += 1 } else { o.undated += 1 }
                if let id: Int64 = row["personId"], let name: String = row["name"] {
                    let type = SpeakerType(rawValue: row["type"] ?? "person") ?? .person
                    speakers[id, default: .init(name: name, id: id, type: type, total: 0, perMonth: [:])].total += 1
                    if dated { speakers[id]!.perMonth[month, default: 0] += 1 }
                    if type == .organization { o.byOrganizations += 1 } else {
                        if sexOf[id] == nil {
                            let given = PersonName(name)?.given.first
                            sexOf[id] = given.flatMap { Gazetteer.shared.gender(ofGivenName: $0)?.rawValue } ?? "unknown"
                        }
                        o.byGender[sexOf[id]!, default: 0] += 1
                    }
                } else {
                    o.unattributed += 1
                }
                let outlet: String = row["outlet"] ?? "unknown outlet"
                outlets[outlet, default: .init(name: outlet, id: nil, type: nil, total: 0, perMonth: [:])].total += 1
                if dated { outlets[outlet]!.perMonth[month, default: 0] += 1 }
            }
            func ranked(_ s: some Collection<Overview.Series>) -> [Overview.Series] {
                Array(s.sorted { ($0.total, $1.name) > ($1.total, $0.name) }.prefix(top))
            }
            o.speakers = ranked(speakers.values)
            o.outlets = ranked(outlets.values)
            o.months = Self.monthRange(o.perMonth.keys)
            return o
        }
    }

    /// Every month from the earliest to the latest of `months` (at most 50 years of them).
    static func monthRange(_ months: some Collection<String>) -> [String] {
        func parse(_ s: String) -> (Int, Int)? {
            let p = s.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]), let m = Int(p[1]), (1...12).contains(m) else { return nil }
            return (y, m)
        }
        guard let lo = months.min().flatMap(parse), let hi = months.max().flatMap(parse) else { return [] }
        var (y, m) = lo
        var out: [String] = []
        while (y, m) <= hi, out.count < 600 {
            out.append(String(format: "%04d-%02d", y, m))
            m += 1
            if m > 12 { (y, m) = (y + 1, 1) }
        }
        return out
    }
}
