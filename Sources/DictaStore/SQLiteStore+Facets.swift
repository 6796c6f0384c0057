import DictaCore
import GRDB

extension SQLiteStore {
    /// Counts by speaker, outlet and kind, and the date range, of the statements passing
    /// `filter`; a reprinted statement counts once (under its first copy that passes).
    public func facets(_ filter: QuoteFilter) throws -> StatementFacets {
        try read("counting statements") { db in
            var facets = StatementFacets()
            guard let (condition, arguments) = try Self.conditions(filter, in: db) else { return facets }
            let joins = """
                FROM quote
                JOIN article ON article.id = quote.articleId
                LEFT JOIN person ON person.id = quote.personId
                """
            func whereClause(_ extra: String? = nil) -> String {
                let all = [condition, extra].compactMap { $0 }
                return all.isEmpty ? "" : "WHERE " + all.joined(separator: " AND ")
            }
            let statement = "COUNT(DISTINCT COALESCE(quote.groupId, quote.id))"
            if let row = try Row.fetchOne(db, sql: """
                SELECT \(statement) AS n, MIN(article.published) AS first, MAX(article.published) AS last
                \(joins) \(whereClause())
                """, arguments: arguments) {
                facets.total = row["n"]
                facets.firstPublished = row["first"]
                facets.lastPublished = row["last"]
            }
            func tallies(_ column: String, id: String? = nil) throws -> [Tally] {
                try Row.fetchAll(db, sql: """
                    SELECT \(column) AS value, \(id ?? "NULL") AS id, \(statement) AS n
                    \(joins) \(whereClause("\(column) IS NOT NULL"))
                    GROUP BY \(id ?? column) ORDER BY n DESC, value LIMIT 12
                    """, arguments: arguments).map { Tally(value: $0["value"], id: $0["id"], statements: $0["n"]) }
            }
            facets.speakers = try tallies("person.name", id: "person.id")
            facets.outlets = try tallies("article.outlet")
            facets.kinds = try tallies("quote.kind")
            return facets
        }
    }

    /// What a person's statements name most: entities of their content, by statements.
    static func topics(personID: Int64, in db: Database) throws -> [Tally] {
        try Row.fetchAll(db, sql: """
            SELECT quoteAbout.name AS value, COUNT(DISTINCT COALESCE(quote.groupId, quote.id)) AS n
            FROM quoteAbout JOIN quote ON quote.id = quoteAbout.quoteId
            JOIN person ON person.id = quote.personId
            WHERE quote.personId = ? AND quoteAbout.name != person.name
            GROUP BY quoteAbout.name ORDER BY n DESC, value LIMIT 15
            """, arguments: [personID]).map { Tally(value: $0["value"], statements: $0["n"]) }
    }
}
