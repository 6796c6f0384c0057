import DictaPeople
import Foundation
import GRDB

/// Resolves speaker names to `person` rows across the whole corpus, and says why.
///
/// Speaker names arrive resolved within their article (the fullest name the article gives).
/// Across articles:
/// 1. A name with a given name joins the person with the same surname key whose given name
///    matches after folding spelling variants (Sergei/Sergey), or, failing that, is an initial
///    of it ("S. Shoigu"). Different given names are different people ("John Smith" and
///    "Jane Smith"), and a full name never joins a surname-only person.
/// 2. A surname alone ("Shoigu", when the article never gives the full name) joins the one
///    full-named person with that surname only on evidence: the same role at the statement
///    ("defense minister"), or the same outlet within 31 days. With two such people, or no
///    evidence, it stays a surname-only person of its own: a wrong merge is worse than a
///    missed one, because it puts words in someone's mouth. The same evidence lets a full
///    name met later join a surname-only person met first.
/// Each alias keeps the reason it was merged, for `dicta speaker NAME --why`.
enum PersonResolver {
    /// Where a name was met: what the statement's mention says of the speaker, and the article.
    struct Context {
        var role: String?
        var outlet: String?
        var published: String?
        var articleId: String
    }

    /// The id of the person `name` refers to, adding a person or an alias as needed. Nil when
    /// `name` has no letters.
    static func resolve(_ name: String, context: Context, in db: Database) throws -> Int64? {
        guard let parsed = PersonName(name) else { return nil }
        let sameSurname = try PersonRecord
            .filter(PersonRecord.Columns.surnameKey == parsed.surnameKey)
            .order(PersonRecord.Columns.id)
            .fetchAll(db)
        let named = sameSurname.compactMap { p in PersonName(p.name).map { (p, $0) } }
        if parsed.givenKey != nil {
            let full = named.filter { !$0.1.given.isEmpty && parsed.isCompatible(with: $0.1) }
            if let (person, other) = full.first(where: { $0.1.givenKey == parsed.givenKey }) ?? full.first {
                let why = other.givenKey == parsed.givenKey
                    ? (other.full == parsed.full ? nil
                       : "same surname and given name once spelling variants are folded (\(parsed.surnameKey), \(parsed.givenKey ?? ""))")
                    : "the initial of \(parsed.full) matches \(other.full), and no other \(parsed.surname) with that initial is known"
                return try merge(parsed.full, into: person, reason: why, in: db)
            }
            // A surname-only person met before the full name: joined on the same evidence.
            let bare = named.filter { $0.1.given.isEmpty }
            if bare.count == 1, let id = bare[0].0.id, let why = try evidence(for: id, context, in: db) {
                return try merge(parsed.full, into: bare[0].0,
                                 reason: "surname only, later named \(parsed.full) in article \(context.articleId); \(why)", in: db)
            }
            return try insert(parsed, in: db)
        }
        // A surname alone.
        let full = named.filter { !$0.1.given.isEmpty }
        if full.count == 1, let id = full[0].0.id, let why = try evidence(for: id, context, in: db) {
            return try merge(parsed.full, into: full[0].0,
                             reason: "surname only, in article \(context.articleId); \(why)", in: db)
        }
        if let bare = named.first(where: { $0.1.given.isEmpty && $0.1.surnameKey == parsed.surnameKey }) {
            return try merge(parsed.full, into: bare.0, reason: nil, in: db)
        }
        return try insert(parsed, in: db)
    }

    /// Why a surname-only mention is the person `id`, or nil when nothing says so.
    static func evidence(for id: Int64, _ c: Context, in db: Database) throws -> String? {
        // The same office, one form ending the other ("Secretary General", "NATO Secretary General").
        if let role = c.role?.lowercased() {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT roleKey, role, articleId FROM personRole WHERE personId = ?"),
                                        arguments: [id]) {
                let o: String = row["roleKey"]
                if o == role || o.hasSuffix(" " + role) || role.hasSuffix(" " + o) {
                    let other: String = row["role"], article: String = row["articleId"]
                    return "same role \"\(c.role!)\" as \"\(other)\" in article \(article)"
                }
            }
        }
        if let outlet = c.outlet, let published = c.published, let day = Self.day(published) {
            let from = Self.iso(day.addingTimeInterval(-31 * 86_400)), to = Self.iso(day.addingTimeInterval(31 * 86_400))
            if let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT day, articleId FROM personOutletDay
                WHERE personId = ? AND outlet = ? AND day BETWEEN ? AND ? ORDER BY day LIMIT 1
                """), arguments: [id, outlet, from, to]) {
                let other: String = row["day"], article: String = row["articleId"]
                return "same outlet (\(outlet)) within a month (article \(article), \(other))"
            }
        }
        return nil
    }

    /// Records what a statement says of its person, for ``evidence(for:_:in:)`` later.
    static func noteSeen(_ id: Int64, _ c: Context, in db: Database) throws {
        if let role = c.role {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO personRole (personId, roleKey, role, articleId) VALUES (?, ?, ?, ?)")
                .execute(arguments: [id, role.lowercased(), role, c.articleId])
        }
        if let outlet = c.outlet, let published = c.published, Self.day(published) != nil {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO personOutletDay (personId, outlet, day, articleId) VALUES (?, ?, ?, ?)")
                .execute(arguments: [id, outlet, String(published.prefix(10)), c.articleId])
        }
    }

    static func iso(_ date: Date) -> String {
        let c = utc.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    static func day(_ iso: String) -> Date? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()

    private static func insert(_ parsed: PersonName, in db: Database) throws -> Int64? {
        var person = PersonRecord(id: nil, name: parsed.full, surnameKey: parsed.surnameKey)
        try person.insert(db)
        return person.id
    }

    /// Adds `spelling` to `person`; the fuller spelling becomes the name.
    private static func merge(_ spelling: String, into person: PersonRecord, reason: String?,
                              in db: Database) throws -> Int64? {
        var person = person
        guard let id = person.id else { return nil }
        let fuller = PersonName.fuller(person.name, spelling)
        if fuller != person.name {
            let old = person.name
            person.name = fuller
            try person.update(db)
            try addAlias(old, to: id, reason: reason, in: db)
            // The new canonical name is no longer an alias of itself.
            try PersonAliasRecord.deleteOne(db, key: ["personId": id, "alias": fuller])
        } else if spelling != fuller {
            try addAlias(spelling, to: id, reason: reason, in: db)
        }
        return id
    }

    static func addAlias(_ alias: String, to id: Int64, reason: String?, in db: Database) throws {
        guard let person = try PersonRecord.fetchOne(db, key: id), person.name != alias else { return }
        try PersonAliasRecord(personId: id, alias: alias, reason: reason).insert(db, onConflict: .ignore)
    }

    /// A statement's mention that is a shorter form of the speaker's name ("Shoigu" for Sergei
    /// Shoigu, after in-article coreference) is an alias; titles, descriptions and pronouns are not.
    static func addMentionAlias(_ mention: String, of name: String, to id: Int64, articleId: String,
                                in db: Database) throws {
        guard mention != name, let m = PersonName(mention), let n = PersonName(name),
              m.isCompatible(with: n), mention.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }),
              Roles.stated(mention: mention, name: name) == nil else { return }
        try addAlias(m.full, to: id, reason: "named so at a statement of \(name) in article \(articleId)", in: db)
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
