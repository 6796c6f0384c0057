import DictaPeople
import GRDB

/// Resolves speaker names to `person` rows across the whole corpus.
///
/// The rules are those of `DictaPeople.PeopleIndex.resolve`, applied to the database instead
/// of memory, so the CLI's in-memory view and the store agree:
/// 1. Candidates are the people with the same surname key whose name is compatible
///    (`PersonName.isCompatible(with:)`: Sergei/Sergey, an initial, a missing given name).
/// 2. One candidate, or several when the new name has a given name (then the one whose given
///    name matches exactly, else the oldest): reuse it. Its name becomes the fuller of the
///    two spellings and the other spelling is kept as an alias.
/// 3. No candidate, or a bare surname shared by several people ("Smith" when there are a John
///    and a Jane): a new person, because guessing would merge two people for good.
enum PersonResolver {
    /// The id of the person `name` refers to, adding a person or an alias as needed. Nil when
    /// `name` has no letters.
    static func resolve(_ name: String, in db: Database) throws -> Int64? {
        guard let parsed = PersonName(name) else { return nil }
        let sameSurname = try PersonRecord
            .filter(PersonRecord.Columns.surnameKey == parsed.surnameKey)
            .order(PersonRecord.Columns.id)
            .fetchAll(db)
        let candidates = sameSurname.filter {
            PersonName($0.name).map(parsed.isCompatible) ?? false
        }
        guard candidates.count == 1 || (candidates.count > 1 && parsed.givenKey != nil) else {
            var person = PersonRecord(id: nil, name: parsed.full, surnameKey: parsed.surnameKey)
            try person.insert(db)
            return person.id
        }
        var person = candidates.first { PersonName($0.name)?.givenKey == parsed.givenKey }
            ?? candidates[0]
        guard let id = person.id else { return nil }
        let fuller = PersonName.fuller(person.name, parsed.full)
        if fuller != person.name {
            try addAlias(person.name, to: id, in: db)
            person.name = fuller
            try person.update(db)
            // The new canonical name is no longer an alias of itself.
            try PersonAliasRecord.deleteOne(db, key: ["personId": id, "alias": fuller])
        }
        if parsed.full != fuller {
            try addAlias(parsed.full, to: id, in: db)
        }
        return id
    }

    private static func addAlias(_ alias: String, to id: Int64, in db: Database) throws {
        try PersonAliasRecord(personId: id, alias: alias).insert(db, onConflict: .ignore)
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
            let compatible = PersonName(person.name).map(parsed.isCompatible) ?? false
            let named = ([person.name] + aliases).contains {
                $0.caseInsensitiveCompare(parsed.full) == .orderedSame
            }
            if compatible || named { ids.append(id) }
        }
        return ids
    }
}
