import DictaCore
import DictaPeople
import GRDB

extension SQLiteStore {
    /// The people `name` names (see ``QuoteFilter/speaker``), each with their aliases and why
    /// they were merged, the namesakes kept apart, and their statements as a timeline.
    public func people(named name: String) throws -> [PersonDetail] {
        let ids = try read("finding \(name)") { db in try PersonResolver.matching(name, in: db) }
        return try details(ids, page: nil)
    }

    public func speakerChoice(named name: String) throws -> SpeakerChoice {
        let (picked, candidates) = try read("finding \(name)") { db in try PersonResolver.choice(name, in: db) }
        let summaries = try speakers(ids: candidates)
        return SpeakerChoice(picked: summaries.first { $0.id == picked }, others: summaries.filter { $0.id != picked })
    }

    /// The person with this id in full, or nil.
    public func person(id: Int64) throws -> PersonDetail? {
        try details([id], page: nil).first
    }

    /// The person with this id, with one page of their statements, newest first: what a
    /// page costs is that page and the dates of the person's statements, not every statement.
    public func person(id: Int64, limit: Int, offset: Int) throws -> PersonDetail? {
        try details([id], page: (limit, offset)).first
    }

    public func person(id: Int64, limit: Int, offset: Int, minConfidence: Double?) throws -> PersonDetail? {
        try details([id], page: (limit, offset), minConfidence: minConfidence).first
    }

    /// The person in full, listing only statements attributed with at least `minConfidence`.
    public func person(id: Int64, minConfidence: Double?) throws -> PersonDetail? {
        try details([id], page: nil, minConfidence: minConfidence).first
    }

    private func details(_ ids: [Int64], page: (limit: Int, offset: Int)?, minConfidence: Double? = nil) throws -> [PersonDetail] {
        guard !ids.isEmpty else { return [] }
        let summaries = try speakers(ids: ids)
        return try summaries.map { summary in
            try read("reading person \(summary.id)") { db in
                let aliasRows = try PersonAliasRecord
                    .filter(PersonAliasRecord.Columns.personId == summary.id)
                    .order(PersonAliasRecord.Columns.alias)
                    .fetchAll(db)
                let me = PersonName(summary.name)
                let others = try PersonRecord
                    .filter(PersonRecord.Columns.surnameKey == (me?.surnameKey ?? ""))
                    .filter(PersonRecord.Columns.id != summary.id)
                    .fetchAll(db)
                let namesakes = others.map { other -> (name: String, reason: String) in
                    guard let me, let o = PersonName(other.name) else { return (other.name, "a different name") }
                    if o.given.isEmpty || me.given.isEmpty {
                        return (other.name, "surname only, with no shared role or outlet and month to tie it to \(summary.name)")
                    }
                    return (other.name, "same surname, different given name (\(o.given.joined(separator: " ")) ≠ \(me.given.joined(separator: " ")))")
                }
                var detail = PersonDetail(summary: summary,
                                          aliasReasons: aliasRows.map { ($0.alias, $0.reason) },
                                          namesakes: namesakes, statements: [])
                detail.topics = try Self.topics(personID: summary.id, in: db)
                detail.firstPublications = try Self.firstPublications(personID: summary.id, in: db)
                return detail
            }
        }.map { detail in
            var d = detail
            if let page {
                var filter = QuoteFilter(personID: d.summary.id)
                filter.minConfidence = minConfidence
                filter.limit = max(0, page.limit)
                filter.offset = max(0, page.offset)
                d.statements = try statements(filter)
                d.statementsOffset = filter.offset ?? 0
                return d
            }
            // A timeline reads oldest first, by each statement's first publication; undated last.
            var filter = QuoteFilter(personID: d.summary.id)
            filter.minConfidence = minConfidence
            let all = try statements(filter)
            let dated = all.filter { $0.statement.published != nil }
            d.statements = dated.sorted { $0.statement.published! < $1.statement.published! }
                + all.filter { $0.statement.published == nil }
            return d
        }
    }

    /// When each of a person's statements was first published (nil: never dated), by
    /// statement, in no particular order: the timeline, without reading the statements.
    static func firstPublications(personID: Int64, in db: Database) throws -> [String?] {
        try String?.fetchAll(db, sql: """
            SELECT (SELECT MIN(article.published) FROM quote AS copy JOIN article ON article.id = copy.articleId
                    WHERE copy.groupId = mine.groupId)
            FROM (SELECT DISTINCT groupId FROM quote WHERE personId = ? AND groupId IS NOT NULL) AS mine
            """, arguments: [personID])
    }
}
