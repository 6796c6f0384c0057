import DictaCore
import GRDB

extension SQLiteStore {
    /// Statements passing every field of `filter`: newest article first (undated last), then
    /// by article, then in the order they appear in the article.
    public func quotes(_ filter: QuoteFilter) throws -> [StoredQuote] {
        try read("listing statements") { db in
            var conditions: [String] = []
            var arguments = StatementArguments()

            if let speaker = filter.speaker {
                let ids = try PersonResolver.matching(speaker, in: db)
                if ids.isEmpty { return [] }
                conditions.append("quote.personId IN (\(databaseQuestionMarks(count: ids.count)))")
                arguments += StatementArguments(ids)
            }
            // No word at all (blank, punctuation) asks for no condition.
            if let about = filter.about, let pattern = SearchPattern.allTerms(in: about) {
                conditions.append("""
                    quote.id IN (SELECT quoteId FROM searchIndex WHERE quoteText MATCH ?)
                    """)
                arguments += [pattern]
            }
            if let outlet = filter.outlet {
                // Swift's case folding, not SQLite's ASCII-only NOCASE: "КОММЕРСАНТЪ" works.
                conditions.append("article.outlet = ? COLLATE swiftCaseInsensitiveCompare")
                arguments += [outlet]
            }
            if let kind = filter.kind {
                conditions.append("quote.kind = ?")
                arguments += [kind.rawValue]
            }
            // Dates compare as prefixes of `published`, so "2024-05" means all of May.
            if let since = filter.since {
                conditions.append("substr(article.published, 1, length(?)) >= ?")
                arguments += [since, since]
            }
            if let until = filter.until {
                conditions.append("substr(article.published, 1, length(?)) <= ?")
                arguments += [until, until]
            }

            var sql = """
                SELECT quote.*, person.name AS personName, article.title, article.outlet,
                       article.published, article.source, article.url
                FROM quote
                JOIN article ON article.id = quote.articleId
                LEFT JOIN person ON person.id = quote.personId
                """
            if !conditions.isEmpty {
                sql += "\nWHERE " + conditions.joined(separator: "\n  AND ")
            }
            sql += """

                ORDER BY article.published IS NULL, article.published DESC, article.id,
                         quote.position
                """
            if let limit = filter.limit {
                sql += "\nLIMIT ?"
                arguments += [max(0, limit)]
            }

            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                StoredQuote(quote: try QuoteRecord(row: row).quote(),
                            personName: row["personName"],
                            articleID: row["articleId"],
                            title: row["title"],
                            outlet: row["outlet"],
                            published: row["published"],
                            source: row["source"],
                            url: row["url"])
            }
        }
    }

    /// Every person with their aliases and how often and when they were quoted: most quoted
    /// first, then by name.
    public func speakers() throws -> [SpeakerSummary] {
        try read("listing speakers") { db in
            var aliases: [Int64: [String]] = [:]
            for alias in try PersonAliasRecord.fetchAll(db) {
                aliases[alias.personId, default: []].append(alias.alias)
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT person.id, person.name,
                       COUNT(quote.id) AS quoteCount,
                       COUNT(DISTINCT quote.articleId) AS articleCount,
                       MIN(article.published) AS firstPublished,
                       MAX(article.published) AS lastPublished
                FROM person
                LEFT JOIN quote ON quote.personId = person.id
                LEFT JOIN article ON article.id = quote.articleId
                GROUP BY person.id
                ORDER BY quoteCount DESC, person.name, person.id
                """)
            return rows.map { row in
                let id: Int64 = row["id"]
                return SpeakerSummary(id: id, name: row["name"],
                                      aliases: (aliases[id] ?? []).sorted(),
                                      quoteCount: row["quoteCount"],
                                      articleCount: row["articleCount"],
                                      firstPublished: row["firstPublished"],
                                      lastPublished: row["lastPublished"])
            }
        }
    }
}
