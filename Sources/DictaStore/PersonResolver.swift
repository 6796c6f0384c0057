import DictaPeople
import Foundation
import GRDB

/// Keeps the `person` table what ``PersonClusters`` makes of the stored statements, and finds
/// the people a user's name refers to.
///
/// After each article, the people of every surname key it names are formed again from all the
/// statements with that key (`quote.surnameKey`, indexed), so the result depends on the set of
/// stored articles, never on the order they came in; keys with many statements are formed
/// again once per batch instead (``resolve(keys:in:)``, ``SQLiteStore/settle()``). Person ids are handles: a re-formed person
/// keeps the id most of its statements already had, so links stay good as the corpus grows.
enum PersonResolver {
    /// Above this many statements a key is not formed again with every article: re-reading
    /// all of a prolific speaker's statements per article made ingest quadratic (1,000 / 4,000
    /// articles quoting one person: 24 / 320 s).
    static let settleAtOnceUpTo = 200

    /// Re-forms the people of each of `keys` from every stored statement with that key.
    static func regroup(keys: some Sequence<String>, in db: Database) throws {
        for key in Set(keys).sorted() { try regroup(key, in: db) }
    }

    /// The people of `keys` after an article with statements under them was stored.
    ///
    /// A key with few statements is formed again at once. A larger one gives each new
    /// statement the person a stored statement with the same spelling has, and is marked
    /// unsettled: ``settle(in:)`` forms it again from all its statements at the end of the
    /// batch, so the people are still a function of the stored statements once a batch ends.
    /// A spelling the key has not had yet may change its people: the key is formed again then.
    ///
    /// `deferring` (a batch that settles when it ends): every key is treated as a large one,
    /// so that a key is formed once per batch rather than once per article that names it.
    static func resolve(keys: some Sequence<String>, article articleId: String, deferring: Bool = false, in db: Database) throws {
        for key in Set(keys).sorted() {
            if deferring {
                _ = try provisionallyAssign(key, article: articleId, in: db)
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO unsettledKey (key) VALUES (?)").execute(arguments: [key])
                continue
            }
            // Counted up to the bound only: the count itself must not grow with the key.
            let n = try Int.fetchOne(db.cachedStatement(sql: """
                SELECT COUNT(*) FROM (SELECT 1 FROM quote WHERE surnameKey = ? LIMIT \(settleAtOnceUpTo + 1))
                """), arguments: [key]) ?? 0
            let assigned = try n > settleAtOnceUpTo && provisionallyAssign(key, article: articleId, in: db)
            if !assigned {
                try regroup(key, in: db)
                try db.cachedStatement(sql: "DELETE FROM unsettledKey WHERE key = ?").execute(arguments: [key])
            } else {
                try db.cachedStatement(sql: "INSERT OR IGNORE INTO unsettledKey (key) VALUES (?)").execute(arguments: [key])
            }
        }
    }

    /// Points every statement of `key` in the article at the person of a stored statement with
    /// the same spelling; false (nothing changed) when some spelling has no such statement.
    /// (`+surnameKey`: the article's few statements by index, never the key's many.)
    private static func provisionallyAssign(_ key: String, article articleId: String, in db: Database) throws -> Bool {
        let pending = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, speakerName FROM quote WHERE articleId = ? AND +surnameKey = ? AND speakerName IS NOT NULL
            """), arguments: [articleId, key])
        var person: [String: Int64] = [:]
        for row in pending {
            let name: String = row["speakerName"]
            if person[name] == nil {
                guard let id = try Int64.fetchOne(db.cachedStatement(sql: """
                    SELECT personId FROM quote WHERE surnameKey = ? AND speakerName = ? AND personId IS NOT NULL LIMIT 1
                    """), arguments: [key, name]) else { return false }
                person[name] = id
            }
        }
        for row in pending {
            try db.cachedStatement(sql: "UPDATE quote SET personId = ? WHERE id = ?")
                .execute(arguments: [person[row["speakerName"] as String], row["id"] as Int64])
        }
        return true
    }

    /// The keys marked unsettled, by this process or by one that stopped before its batch
    /// ended.
    static func unsettled(in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT key FROM unsettledKey ORDER BY key")
    }

    /// Forms `key` again from all its statements and marks it settled.
    static func settle(_ key: String, in db: Database) throws {
        try regroup(key, in: db)
        try db.execute(sql: "DELETE FROM unsettledKey WHERE key = ?", arguments: [key])
    }

    static func regroup(_ key: String, in db: Database) throws {
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT quote.id, quote.articleId, quote.speakerName, quote.mention, quote.role, quote.personId,
                   article.outlet, article.published
            FROM quote JOIN article ON article.id = quote.articleId
            WHERE quote.surnameKey = ?
            """), arguments: [key])
        var occurrences: [PersonClusters.Occurrence] = []
        var quotes: [[(id: Int64, person: Int64?)]] = []
        var at: [String: Int] = [:]   // articleId NUL speaker name → occurrence
        for row in rows {
            let articleId: String = row["articleId"], name: String = row["speakerName"]
            guard let spelling = PersonName(name) else { continue }
            // A surname alone is one occurrence per sex its mentions give ("Mr. Clinton" and
            // "Mrs. Clinton" in one article are two people).
            let sex = spelling.given.isEmpty ? PersonClusters.sex(ofMention: row["mention"]).map(\.rawValue) ?? "" : ""
            let slot = articleId + "\u{0}" + name + "\u{0}" + sex
            let i: Int
            if let known = at[slot] {
                i = known
            } else {
                i = occurrences.count
                at[slot] = i
                let published: String? = row["published"]
                occurrences.append(.init(articleId: articleId, spelling: spelling, roles: [], outlet: row["outlet"],
                                         day: published.flatMap(PersonClusters.day), mentions: [], entityAliases: []))
                quotes.append([])
            }
            if !quotes[i].isEmpty { occurrences[i].statements += 1 }
            if let role: String = row["role"] { occurrences[i].roles.insert(role) }
            if let mention: String = row["mention"] { occurrences[i].mentions.insert(mention) }
            quotes[i].append((row["id"], row["personId"]))
        }
        // Other spellings the same article gives its speakers (a caption's "Sergey Shoigu").
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT articleId, name, aliases FROM entity
            WHERE type = 'person' AND aliases <> '[]'
              AND articleId IN (SELECT articleId FROM quote WHERE surnameKey = ?)
            """), arguments: [key]) {
            let articleId: String = row["articleId"], name: String = row["name"], json: String = row["aliases"]
            guard let i = at[articleId + "\u{0}" + name + "\u{0}"],
                  let aliases = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else { continue }
            occurrences[i].entityAliases.formUnion(aliases)
        }
        // The full names of this surname each article gives its people, for its surname-only
        // speakers ("Mr. Clinton" in an article that names Bill and Hillary Clinton).
        var byArticle: [String: [Int]] = [:]
        for (i, o) in occurrences.enumerated() where o.spelling.given.isEmpty { byArticle[o.articleId, default: []].append(i) }
        if !byArticle.isEmpty {
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT articleId, name FROM entity
                WHERE type = 'person' AND articleId IN (SELECT articleId FROM quote WHERE surnameKey = ?)
                """), arguments: [key]) {
                let articleId: String = row["articleId"], name: String = row["name"]
                guard let slots = byArticle[articleId], let n = PersonName(name), n.surnameKey == key, !n.given.isEmpty else { continue }
                for i in slots { occurrences[i].articleNames.insert(n.full) }
            }
        }
        try store(PersonClusters.people(occurrences), quotes, key: key, in: db)
    }

    /// Writes the people of one key: each keeps the id most of its statements had (a new row
    /// when none), statements point at their person, and people no statement names are deleted.
    private static func store(_ people: [PersonClusters.Person], _ quotes: [[(id: Int64, person: Int64?)]],
                              key: String, in db: Database) throws {
        let existing = try PersonRecord.filter(PersonRecord.Columns.surnameKey == key).fetchAll(db)
        var byId = Dictionary(uniqueKeysWithValues: existing.compactMap { p in p.id.map { ($0, p) } })
        var kept = Set<Int64>()
        let sized = people.map { p in (p, p.members.reduce(0) { $0 + quotes[$1].count }) }
        for (person, _) in sized.sorted(by: { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.name < $1.0.name }) {
            var votes: [Int64: Int] = [:]
            for m in person.members { for q in quotes[m] { if let p = q.person, byId[p] != nil, !kept.contains(p) { votes[p, default: 0] += 1 } } }
            let id: Int64
            if let best = votes.min(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key })?.key {
                id = best
                if var row = byId[id], row.name != person.name || row.type != person.type.rawValue {
                    row.name = person.name
                    row.type = person.type.rawValue
                    try row.update(db)
                    byId[id] = row
                }
            } else {
                var row = PersonRecord(id: nil, name: person.name, surnameKey: key, type: person.type.rawValue)
                try row.insert(db)
                id = row.id!
            }
            kept.insert(id)
            for m in person.members { for q in quotes[m] where q.person != id {
                try db.cachedStatement(sql: "UPDATE quote SET personId = ? WHERE id = ?").execute(arguments: [id, q.id])
            } }
            try PersonAliasRecord.filter(PersonAliasRecord.Columns.personId == id).deleteAll(db)
            for (alias, reason) in person.aliases {
                try PersonAliasRecord(personId: id, alias: alias, reason: reason).insert(db)
            }
        }
        // Statements whose speaker is no source (a place, a date) are no one's.
        let placed = Set(people.flatMap(\.members))
        for (i, qs) in quotes.enumerated() where !placed.contains(i) {
            for q in qs where q.person != nil {
                try db.cachedStatement(sql: "UPDATE quote SET personId = NULL WHERE id = ?").execute(arguments: [q.id])
            }
        }
        for id in byId.keys where !kept.contains(id) { _ = try PersonRecord.deleteOne(db, key: id) }
    }

    /// The person a user's name picks, and every person it can name: the one whose canonical
    /// full name is the name (case ignored), else the one that has it as an alias (of several,
    /// one quoted twice as often as any other), else the only compatible one; nil when it
    /// picks none of several.
    static func choice(_ speaker: String, in db: Database) throws -> (picked: Int64?, candidates: [Int64]) {
        let ids = try matching(speaker, in: db)
        guard ids.count > 1 else { return (ids.first, ids) }
        let wanted = speaker.trimmingCharacters(in: .whitespaces)
        let people = try PersonRecord.filter(ids.contains(PersonRecord.Columns.id)).fetchAll(db)
        // (Not a surname-only entry: it was kept apart from the full names for want of
        // evidence, so a surname picks none of them.)
        let byName = people.filter {
            $0.name.caseInsensitiveCompare(wanted) == .orderedSame && PersonName($0.name)?.given.isEmpty == false
        }.compactMap(\.id)
        if byName.count == 1 { return (byName[0], ids) }
        let byAlias = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT personId FROM personAlias WHERE alias = ? COLLATE NOCASE AND personId IN (\(databaseQuestionMarks(count: ids.count)))
            """, arguments: StatementArguments([wanted]) + StatementArguments(ids))
        if byAlias.count == 1 { return (byAlias[0], ids) }
        // Several bear it as an alias: the one quoted at least twice as often as any other.
        guard byAlias.count > 1 else { return (nil, ids) }
        let counts = try Row.fetchAll(db, sql: """
            SELECT personId, COUNT(*) AS n FROM quote WHERE personId IN (\(databaseQuestionMarks(count: byAlias.count)))
            GROUP BY personId ORDER BY n DESC, personId
            """, arguments: StatementArguments(byAlias)).map { ($0["personId"] as Int64, $0["n"] as Int) }
        if counts.count >= 1, counts.count == 1 || counts[0].1 >= 2 * counts[1].1 { return (counts[0].0, ids) }
        return (nil, ids)
    }

    /// The ids of the people a user's `speaker` filter names: canonical name or alias equal
    /// ignoring case, or a spelling compatible with the canonical name. (Not compatible with
    /// an alias: a bare-surname alias "Shoigu" is compatible with every Shoigu, so "Dmitri
    /// Shoigu" would find Sergei's quotes.)
    static func matching(_ speaker: String, in db: Database) throws -> [Int64] {
        guard let parsed = PersonName(speaker) else { return [] }
        // Every alias was merged under a compatible name, so shares the person's surname key.
        let people = try PersonRecord
            .filter(PersonRecord.Columns.surnameKey == parsed.surnameKey)
            .fetchAll(db)
        var ids: [Int64] = []
        for person in people {
            guard let id = person.id else { continue }
            let aliases = try String.fetchAll(
                db, PersonAliasRecord.select(PersonAliasRecord.Columns.alias)
                    .filter(PersonAliasRecord.Columns.personId == id))
            // A full name does not find a surname-only person: that one was kept apart for want
            // of evidence that it is this person.
            let compatible = PersonName(person.name).map {
                parsed.isCompatible(with: $0) && !(parsed.givenKey != nil && $0.given.isEmpty)
            } ?? false
            let named = ([person.name] + aliases).contains {
                $0.caseInsensitiveCompare(parsed.full) == .orderedSame
            }
            if compatible || named { ids.append(id) }
        }
        return ids
    }
}
