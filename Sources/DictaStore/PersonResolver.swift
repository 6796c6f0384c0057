import DictaPeople
import Foundation
import GRDB

/// Keeps the `person` table what ``PersonClusters`` makes of the stored statements, and finds
/// the people a user's name refers to.
///
/// After each article, the people of every surname key it names are formed again from all the
/// statements with that key (`quote.surnameKey`, indexed), so the result depends on the set of
/// stored articles, never on the order they came in. Person ids are handles: a re-formed person
/// keeps the id most of its statements already had, so links stay good as the corpus grows.
enum PersonResolver {
    /// Re-forms the people of each of `keys` from every stored statement with that key.
    static func regroup(keys: some Sequence<String>, in db: Database) throws {
        for key in Set(keys).sorted() { try regroup(key, in: db) }
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
            let slot = articleId + "\u{0}" + name
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
            guard let i = at[articleId + "\u{0}" + name],
                  let aliases = try? JSONDecoder().decode([String].self, from: Data(json.utf8)) else { continue }
            occurrences[i].entityAliases.formUnion(aliases)
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
                if var row = byId[id], row.name != person.name { row.name = person.name; try row.update(db); byId[id] = row }
            } else {
                var row = PersonRecord(id: nil, name: person.name, surnameKey: key)
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
        for id in byId.keys where !kept.contains(id) { _ = try PersonRecord.deleteOne(db, key: id) }
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
