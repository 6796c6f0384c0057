/// Corpus-level identity: one entry per real person, however articles spell the name.
///
/// Feed it the speaker names of articles in any order; it keeps for each person the fullest
/// name seen and every alias. A surname alone ("Shoigu") joins the person it can only mean;
/// when several people share the surname it joins none and stays its own entry.
///
/// The store no longer uses this: `DictaStore`'s resolver also asks a surname alone for
/// evidence (same role, same outlet and month) before it merges.
public struct PeopleIndex: Sendable {
    public struct Person: Sendable, Equatable {
        public var id: Int
        public var name: String
        public var aliases: Set<String>
    }

    public private(set) var people: [Person] = []
    private var bySurname: [String: [Int]] = [:]

    public init() {}

    /// Returns the id of the person `name` refers to, adding a person or an alias as needed.
    @discardableResult
    public mutating func resolve(_ name: String) -> Int? {
        guard let parsed = PersonName(name) else { return nil }
        let candidates = (bySurname[parsed.surnameKey] ?? []).filter {
            PersonName(people[$0].name).map(parsed.isCompatible) ?? false
        }
        if candidates.count == 1 || (candidates.count > 1 && parsed.givenKey != nil) {
            // With a given name, prefer the candidate whose given name matches exactly.
            let id = candidates.first(where: { PersonName(people[$0].name)?.givenKey == parsed.givenKey })
                ?? candidates[0]
            let fuller = PersonName.fuller(people[id].name, parsed.full)
            if fuller != people[id].name { people[id].aliases.insert(people[id].name) }
            people[id].name = fuller
            if parsed.full != fuller { people[id].aliases.insert(parsed.full) }
            return id
        }
        let id = people.count
        people.append(Person(id: id, name: parsed.full, aliases: []))
        bySurname[parsed.surnameKey, default: []].append(id)
        return id
    }
}
