import DictaCore
import DictaPeople
import Foundation
import GRDB

extension SQLiteStore {
    /// Statements passing every field of `filter`: newest article first (undated last), then
    /// by article, then in the order they appear in the article.
    public func quotes(_ filter: QuoteFilter) throws -> [StoredQuote] {
        try read("listing statements") { db in try Self.quoteRows(filter, limit: filter.limit, in: db) }
    }

    /// Statements passing `filter`, one per statement however many articles carried it, in
    /// the order of ``quotes(_:)`` by each statement's newest matching row; `filter.limit`
    /// counts statements. Each lists every article that carried it.
    public func statements(_ filter: QuoteFilter) throws -> [StatementGroup] {
        try read("listing statements") { db in
            guard let (condition, arguments) = try Self.conditions(filter, in: db) else { return [] }
            // Only the group ids, in listing order, which the listing-order index yields without
            // a sort: the page stops reading after its last statement, however large the store.
            // By relevance, the matches' rank orders them (those are few: they match the words).
            let ranked = filter.order == .relevance ? filter.query.flatMap(SearchPattern.allTerms) : nil
            let cursor = try Int64?.fetchCursor(db, sql: ranked == nil ? """
                SELECT quote.groupId FROM quote JOIN article ON article.id = quote.articleId
                \(condition.map { "WHERE " + $0 } ?? "")
                ORDER BY \(Self.listingOrder)
                """ : """
                SELECT quote.groupId FROM (SELECT rowid AS hit, rank FROM searchIndex WHERE searchIndex MATCH ?) AS hits
                JOIN quote ON quote.id = hits.hit JOIN article ON article.id = quote.articleId
                \(condition.map { "WHERE " + $0 } ?? "")
                ORDER BY hits.rank, \(Self.listingOrder)
                """, arguments: ranked.map { StatementArguments([$0]) + arguments } ?? arguments)
            var order: [Int64] = []
            var seen: Set<Int64> = []
            let skip = max(0, filter.offset ?? 0)
            while let next = try cursor.next() {
                guard let g = next, seen.insert(g).inserted, seen.count > skip else { continue }
                order.append(g)
                if let limit = filter.limit, order.count >= limit { break }
            }
            var members: [Int64: [StoredQuote]] = [:]
            for chunk in stride(from: 0, to: order.count, by: 500).map({ Array(order[$0..<min($0 + 500, order.count)]) }) {
                let rows = try Self.fetchStored(db, where: "quote.groupId IN (\(databaseQuestionMarks(count: chunk.count)))",
                                                arguments: StatementArguments(chunk),
                                                orderBy: "article.published IS NULL, article.published, article.id, quote.position")
                for r in rows { members[r.groupID ?? -1, default: []].append(r) }
            }
            return order.compactMap { g in
                guard let sources = members[g], let first = sources.first else { return nil }
                return StatementGroup(statement: first, sources: sources)
            }
        }
    }

    /// Newest article first, undated last, then by article and position: written as
    /// `article_on_listingOrder` (v9) is, so SQLite reads that index instead of sorting.
    static let listingOrder = "article.published IS NULL, article.published DESC, article.id, quote.position"

    static func quoteRows(_ filter: QuoteFilter, limit: Int?, in db: Database) throws -> [StoredQuote] {
        guard let (condition, conditionArguments) = try conditions(filter, in: db) else { return [] }
        var arguments = conditionArguments
        var orderBy = listingOrder
        if let limit {
            orderBy += "\nLIMIT ?"
            arguments += [max(0, limit)]
        }
        return try fetchStored(db, where: condition, arguments: arguments, orderBy: orderBy)
    }

    /// The WHERE clause over `quote`, `article` and `person` for `filter` (nil clause: no
    /// condition), or nil when no statement can pass (an unknown speaker).
    static func conditions(_ filter: QuoteFilter, in db: Database) throws -> (String?, StatementArguments)? {
        var conditions: [String] = []
        var arguments = StatementArguments()

        if let id = filter.personID {
            conditions.append("quote.personId = ?")
            arguments += [id]
        }
        if let id = filter.articleID {
            conditions.append("quote.articleId = ?")
            arguments += [id]
        }
        if let id = filter.groupID {
            conditions.append("quote.groupId = ?")
            arguments += [id]
        }
        if let speaker = filter.speaker {
            // The one person the name picks; all it can name when it picks none (callers
            // show those as a choice: ``Store/speakerChoice(named:)``).
            let choice = try PersonResolver.choice(speaker, in: db)
            let ids = choice.picked.map { [$0] } ?? choice.candidates
            if ids.isEmpty { return nil }
            conditions.append("quote.personId IN (\(databaseQuestionMarks(count: ids.count)))")
            arguments += StatementArguments(ids)
        }
        // By entity (the statements whose content names it, under its canonical name or
        // any spelling an article gave it: "U.S." finds "United States"), or by the words.
        // No word at all (blank, punctuation) asks for no condition.
        if let about = filter.about, let pattern = SearchPattern.allTerms(in: about) {
            let names = try Self.entityNames(about, in: db)
            conditions.append("""
                (quote.id IN (SELECT quoteId FROM quoteAbout
                              WHERE name IN (\(databaseQuestionMarks(count: names.count))))
                 OR quote.id IN (SELECT rowid FROM searchIndex WHERE quoteText MATCH ?))
                """)
            arguments += StatementArguments(names)
            arguments += [pattern]
        }
        if let query = filter.query {
            // No word at all (punctuation only): nothing says it, as `search` finds nothing.
            guard let pattern = SearchPattern.allTerms(in: query) else { return nil }
            // The rowids of statement rows are statement ids (v9): no column is read per match.
            conditions.append("quote.id IN (SELECT rowid FROM searchIndex WHERE searchIndex MATCH ?)")
            arguments += [pattern]
        }
        if let outlet = filter.outlet {
            // Swift's case folding, not SQLite's ASCII-only NOCASE: "КОММЕРСАНТЪ" works.
            conditions.append("article.outlet = ? COLLATE swiftCaseInsensitiveCompare")
            arguments += [outlet]
        }
        if let min = filter.minConfidence {
            conditions.append("quote.confidence >= ?")
            arguments += [min]
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
        return (conditions.isEmpty ? nil : conditions.joined(separator: "\n  AND "), arguments)
    }

    /// Statements with their article and person, by a WHERE clause over `quote`, `article`
    /// and `person`.
    static func fetchStored(_ db: Database, where condition: String?, arguments: StatementArguments,
                            orderBy: String) throws -> [StoredQuote] {
        var sql = """
            SELECT quote.*, person.name AS personName, article.title, article.outlet,
                   article.published, article.source, article.url
            FROM quote
            JOIN article ON article.id = quote.articleId
            LEFT JOIN person ON person.id = quote.personId
            """
        if let condition { sql += "\nWHERE " + condition }
        sql += "\nORDER BY " + orderBy
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            var q = StoredQuote(quote: try QuoteRecord(row: row).quote(),
                                personName: row["personName"],
                                articleID: row["articleId"],
                                title: row["title"],
                                outlet: row["outlet"],
                                published: row["published"],
                                source: row["source"],
                                url: row["url"])
            q.groupID = row["groupId"]
            q.personID = row["personId"]
            return q
        }
    }

    /// Every person with their aliases and how often and when they were quoted: most quoted
    /// first, then by name.
    public func speakers() throws -> [SpeakerSummary] {
        try speakers(ids: nil)
    }

    /// ``speakers()`` for the people `ids` only (all when nil).
    func speakers(ids: [Int64]?) throws -> [SpeakerSummary] {
        try read("listing speakers") { db in
            var aliases: [Int64: [String]] = [:]
            let aliasRequest = ids.map { PersonAliasRecord.filter($0.contains(PersonAliasRecord.Columns.personId)) }
                ?? PersonAliasRecord.all()
            for alias in try aliasRequest.fetchAll(db) {
                aliases[alias.personId, default: []].append(alias.alias)
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT person.id, person.name, person.type,
                       COUNT(DISTINCT COALESCE(quote.groupId, quote.id)) AS quoteCount,
                       COUNT(DISTINCT quote.articleId) AS articleCount,
                       MIN(article.published) AS firstPublished,
                       MAX(article.published) AS lastPublished
                FROM person
                LEFT JOIN quote ON quote.personId = person.id
                LEFT JOIN article ON article.id = quote.articleId
                \(ids.map { "WHERE person.id IN (\(databaseQuestionMarks(count: $0.count)))" } ?? "")
                GROUP BY person.id
                ORDER BY quoteCount DESC, person.name, person.id
                """, arguments: ids.map { StatementArguments($0) } ?? [])
            let roles = try Self.roles(personIds: ids, in: db)
            return rows.map { row in
                let id: Int64 = row["id"]
                var summary = SpeakerSummary(id: id, name: row["name"],
                                      aliases: (aliases[id] ?? []).sorted(),
                                      quoteCount: row["quoteCount"],
                                      articleCount: row["articleCount"],
                                      firstPublished: row["firstPublished"],
                                      lastPublished: row["lastPublished"])
                summary.roles = roles[id] ?? []
                summary.type = SpeakerType(rawValue: row["type"]) ?? .person
                return summary
            }
        }
    }

    /// The canonical entity names `text` may mean: itself, the canonical name of any stored
    /// entity named or spelled so (case ignored), and its reading in the gazetteer.
    static func entityNames(_ text: String, in db: Database) throws -> [String] {
        let t = text.trimmingCharacters(in: .whitespaces)
        var names: Set<String> = [t]
        if let known = EntityFinder().classify(name: t) { names.insert(known.name) }
        // The text or, ignoring case, inside the aliases' JSON: only those rows are decoded.
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT name, aliases FROM entity
            WHERE type != 'person' AND (name = ? COLLATE NOCASE OR instr(lower(aliases), lower(?)) > 0)
            """, arguments: [t, t]) {
            let name: String = row["name"]
            let aliases = (try? JSONDecoder().decode([String].self, from: Data((row["aliases"] as String).utf8))) ?? []
            if ([name] + aliases).contains(where: { $0.caseInsensitiveCompare(t) == .orderedSame }) { names.insert(name) }
        }
        for name in try String.fetchAll(db, sql: "SELECT DISTINCT name FROM quoteAbout WHERE name = ? COLLATE NOCASE", arguments: [t]) {
            names.insert(name)
        }
        return names.sorted()
    }

    /// Roles per person (all people when `personIds` is nil), first seen first.
    static func roles(personIds: [Int64]?, in db: Database) throws -> [Int64: [RoleSeen]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT quote.personId, quote.role, MIN(article.published) AS first, MAX(article.published) AS last,
                   COUNT(*) AS n, MIN(quote.id) AS firstQuote
            FROM quote JOIN article ON article.id = quote.articleId
            WHERE quote.role IS NOT NULL AND quote.personId IS NOT NULL
                  \(personIds.map { "AND quote.personId IN (\(databaseQuestionMarks(count: $0.count)))" } ?? "")
            GROUP BY quote.personId, lower(quote.role)
            ORDER BY quote.personId, first IS NULL, first, firstQuote
            """, arguments: personIds.map { StatementArguments($0) } ?? [])
        var out: [Int64: [RoleSeen]] = [:]
        for row in rows {
            out[row["personId"], default: []].append(
                RoleSeen(role: row["role"], firstSeen: row["first"], lastSeen: row["last"], statements: row["n"]))
        }
        return out
    }
}
