import DictaPeople
import Foundation

/// Groups the speaker names of one surname key into people, as a function of the set of
/// occurrences alone: the same statements in any order give the same people, names, aliases
/// and reasons (issue 15, item 9). Nothing here reads what an earlier ingest decided.
///
/// 1. Names with a given name are grouped by the given name's key, spelling variants folded
///    (Sergei/Sergey): different given names are different people ("John Smith", "Jane Smith").
/// 2. An initial ("S. Shoigu") joins the one given name it can stand for; with none or several,
///    it stays a person of its own.
/// 3. A surname alone ("Shoigu", in an article that never gives the full name) joins a
///    full-named person of the same sex as its honorific or pronoun ("Mr. Clinton", "she"),
///    preferring those its own article names in full, on evidence from that person's own
///    full-named statements: the same role ("defense minister"), or the same outlet within 31
///    days. Without such evidence, or with evidence for several, it joins the one the corpus
///    makes dominant for the surname: at least twice the full-named statements of the next
///    (Donald Trump over Eric, Ivanka and Melania). Otherwise it stays with the other unplaced
///    surname-only mentions: a wrong merge puts words in someone's mouth. Because evidence is
///    weighed against full-named statements only, merges never chain through one another.
/// 4. Organisations ("New York Times", "Senate Democrats") are grouped by their whole name,
///    not by their last word; names that are no source (a place, a date, a bare title) are no
///    one's (see `DictaPeople.SpeakerKinds`).
struct PersonClusters {
    /// One speaker name in one article, with what the article says about the speaker there.
    struct Occurrence {
        var articleId: String
        var spelling: PersonName
        var roles: Set<String>        // as stated, e.g. "Defense Minister"
        var outlet: String?
        var day: Int?                 // days since 1970, from the article's publication date
        var mentions: Set<String>     // how the statements named the speaker
        var entityAliases: Set<String>
        /// How many statements the speaker has in the article.
        var statements = 1
        /// The full names of this surname that the article itself gives its people.
        var articleNames: Set<String> = []
    }

    /// A person: the occurrences that are them, their name and their aliases with reasons.
    struct Person {
        var members: [Int]            // indices into the occurrences
        var name: String
        var aliases: [String: String?]
        var type: SpeakerType = .person
    }

    static func people(_ given: [Occurrence]) -> [Person] {
        var all = given
        var verdicts: [String: SpeakerType?] = [:]
        for i in all.indices {
            let full = all[i].spelling.full
            if verdicts[full] == nil { verdicts[full] = .some(SpeakerKinds.classify(full).type) }
            // A person's name without the words a sentence glued before it ("Billionaire Donald Trump").
            if verdicts[full]! == .person, case let t = SpeakerKinds.trimmed(full), t != full, let n = PersonName(t) {
                all[i].spelling = n
                verdicts[t] = .some(.person)
            }
            // An organisation is listed under its own name, not its owner's ("DOJ").
            if verdicts[full]! == .organization, case let t = SpeakerKinds.withoutOwner(full), t != full, let n = PersonName(t) {
                all[i].spelling = n
                verdicts[t] = .some(.organization)
            }
        }
        // Sorted once so that every "first" below is the same whatever the input order.
        // (One article may hold a surname twice, once per sex its mentions give: the mentions
        // break that tie.)
        let tie = all.map { $0.mentions.sorted().joined(separator: "\u{0}") }
        let order = all.indices.sorted { (all[$0].articleId, all[$0].spelling.full, tie[$0]) < (all[$1].articleId, all[$1].spelling.full, tie[$1]) }
        var byGiven: [String: [Int]] = [:], initials: [Character: [Int]] = [:], bare: [Int] = []
        var organizations: [String: [Int]] = [:]
        for i in order {
            switch verdicts[all[i].spelling.full]! {
            case nil: continue                       // no source: no one's statements
            case .organization?: organizations[organizationKey(all[i].spelling.full), default: []].append(i); continue
            case .person?: break
            }
            guard let g = all[i].spelling.givenKey, !g.isEmpty else { bare.append(i); continue }
            if g.count == 1 { initials[g.first!, default: []].append(i) } else { byGiven[g, default: []].append(i) }
        }
        var groups: [[Int]] = byGiven.keys.sorted().map { byGiven[$0]! }
        let fullCount = groups.count
        var reasons: [Int: String] = [:]   // occurrence → why it joined a group
        for letter in initials.keys.sorted() {
            let members = initials[letter]!
            let targets = (0..<fullCount).filter { all[groups[$0][0]].spelling.givenKey?.first == letter }
            if targets.count == 1 {
                let other = all[groups[targets[0]][0]].spelling
                for i in members {
                    let s = all[i].spelling
                    reasons[i] = "the initial of \(s.full) matches \(other.full), and no other \(s.surname) with that initial is known"
                }
                groups[targets[0]] += members
            } else {
                groups.append(members)
            }
        }
        let full = Array(groups.prefix(fullCount))
        let evidence = full.map { Evidence($0.map { all[$0] }) }
        let sizes = full.map { $0.reduce(0) { $0 + all[$1].statements } }
        let sexes = full.map { sex(ofGroup: $0, all) }
        var unplaced: [Int] = []
        for i in bare {
            if let (g, why) = place(all[i], full, all, evidence, sizes, sexes) {
                groups[g].append(i)
                reasons[i] = "surname only, in article \(all[i].articleId); \(why)"
            } else {
                unplaced.append(i)
            }
        }
        if !unplaced.isEmpty { groups.append(unplaced) }
        let settled = all
        var out = groups.map { person($0, settled, reasons) }
        for key in organizations.keys.sorted() {
            var p = person(organizations[key]!, settled, [:])
            p.type = SpeakerType.organization
            out.append(p)
        }
        return out
    }

    /// The full-named person a surname-only occurrence is, and why; nil when nothing decides.
    private static func place(_ o: Occurrence, _ full: [[Int]], _ all: [Occurrence], _ evidence: [Evidence],
                              _ sizes: [Int], _ sexes: [Gender?]) -> (Int, String)? {
        var candidates = Array(full.indices)
        var said: [String] = []
        if let sex = sex(of: o) {
            candidates = candidates.filter { sexes[$0] == nil || sexes[$0] == sex }
            said.append("named as a \(sex == .male ? "man" : "woman") (\(o.mentions.sorted().joined(separator: ", ")))")
        }
        // The article's own full names come first: it knows whom it means.
        let named = candidates.filter { g in full[g].contains { o.articleNames.contains(all[$0].spelling.full) } }
        if !named.isEmpty {
            candidates = named
            said.append("the article names \(named.map { all[full[$0][0]].spelling.full }.sorted().joined(separator: " and "))")
        }
        let found = candidates.compactMap { g in evidence[g].why(o).map { (g, $0) } }
        if found.count == 1 { return (found[0].0, (said + [found[0].1]).joined(separator: "; ")) }
        if candidates.count == 1, !said.isEmpty {
            return (candidates[0], said.joined(separator: "; "))
        }
        // The dominant one among those with evidence, or among all the candidates.
        let pool = (found.isEmpty ? candidates : found.map(\.0)).sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
        guard let top = pool.first, sizes[top] >= 3 else { return nil }
        let next = pool.dropFirst().first
        guard next.map({ sizes[top] >= 2 * sizes[$0] }) ?? true else { return nil }
        let topName = canonical(Set(full[top].map { all[$0].spelling.full }), full[top].map { all[$0].spelling.full })
        var why = "\(topName) is the \(o.spelling.surname) the corpus quotes most (\(sizes[top]) statements in full name"
        if let n = next {
            let other = canonical(Set(full[n].map { all[$0].spelling.full }), full[n].map { all[$0].spelling.full })
            why += "; next \(other), \(sizes[n])"
        }
        return (top, (said + [why + ")"]).joined(separator: "; "))
    }

    /// The sex an occurrence's mentions give: an honorific ("Mr.", "Mrs.") or a pronoun; nil
    /// when they say none or disagree.
    static func sex(of o: Occurrence) -> Gender? {
        let found = Set(o.mentions.compactMap(sex(ofMention:)))
        return found.count == 1 ? found.first : nil
    }

    /// The sex one mention gives by its first word: an honorific or a pronoun.
    static func sex(ofMention m: String?) -> Gender? {
        guard let w = m?.split(separator: " ").first?.lowercased() else { return nil }
        if ["mr.", "mr", "he", "him", "his"].contains(w) { return .male }
        if ["mrs.", "mrs", "ms.", "ms", "miss", "she", "her"].contains(w) { return .female }
        return nil
    }

    /// A full-named person's sex: their given name's usual one, else what their mentions say.
    private static func sex(ofGroup members: [Int], _ all: [Occurrence]) -> Gender? {
        var votes: [Gender: Int] = [:]
        for i in members {
            if let g = all[i].spelling.given.first.flatMap({ Gazetteer.shared.gender(ofGivenName: $0) }) { votes[g, default: 0] += 10 }
            if let g = sex(of: all[i]) { votes[g, default: 0] += 1 }
        }
        guard let best = votes.max(by: { $0.value < $1.value }), votes.count == 1 || best.value > 2 * (votes.values.min() ?? 0) else { return nil }
        return best.key
    }

    /// An organisation's whole name without a leading "The", case folded.
    static func organizationKey(_ name: String) -> String {
        let n = name.hasPrefix("The ") ? String(name.dropFirst(4)) : name
        return n.lowercased()
    }

    private static func person(_ members: [Int], _ all: [Occurrence], _ reasons: [Int: String]) -> Person {
        let spellings = Set(members.map { all[$0].spelling.full })
        let name = canonical(spellings, members.map { all[$0].spelling.full })
        var aliases: [String: String?] = [:]
        func add(_ alias: String, _ reason: String?) {
            if alias != name, aliases[alias] == nil { aliases[alias] = .some(reason) }
        }
        let canonicalKey = PersonName(name)?.givenKey
        for i in members {   // members are in sorted order: the first reason found is kept
            let s = all[i].spelling
            if let why = reasons[i] { add(s.full, why); continue }
            let variant = s.givenKey != nil && s.givenKey == canonicalKey && s.full != name
            add(s.full, variant ? "same surname and given name once spelling variants are folded (\(s.surnameKey), \(s.givenKey ?? ""))" : nil)
        }
        for i in members {
            let o = all[i]
            for mention in o.mentions.sorted().map({ SpeakerKinds.trimmed($0) }) where isShorterForm(mention, of: o.spelling) {
                add(PersonName(mention)!.full, "named so at a statement of \(o.spelling.full) in article \(o.articleId)")
            }
            for alias in o.entityAliases.sorted().map({ SpeakerKinds.trimmed($0) }) where alias != o.spelling.full {
                add(alias, "spelled so in the same article (\(o.articleId)) as \(o.spelling.full)")
            }
        }
        return Person(members: members, name: name, aliases: aliases)
    }

    /// The fullest spelling: most words, then most letters, then the most frequent, then the
    /// first in alphabetical order. Every tie is broken, so no input order shows through.
    static func canonical(_ spellings: Set<String>, _ uses: [String]) -> String {
        var count: [String: Int] = [:]
        for u in uses { count[u, default: 0] += 1 }
        return spellings.min { a, b in
            let ka = (-a.split(separator: " ").count, -a.count, -count[a, default: 0])
            let kb = (-b.split(separator: " ").count, -b.count, -count[b, default: 0])
            return ka != kb ? ka < kb : a < b
        }!
    }

    /// A mention that is a shorter form of the speaker's name ("Shoigu" for Sergei Shoigu);
    /// titles, descriptions and pronouns are not aliases.
    static func isShorterForm(_ mention: String, of name: PersonName) -> Bool {
        guard mention != name.full, let m = PersonName(mention), m.isCompatible(with: name),
              mention.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        return Roles.stated(mention: mention, name: name.full) == nil
    }

    /// What a full-named person's own statements say of them: roles, and outlets by day.
    struct Evidence {
        var roles: [(key: String, role: String, articleId: String)] = []
        var outletDays: [String: [(day: Int, articleId: String)]] = [:]

        init(_ occurrences: [Occurrence]) {
            for o in occurrences {
                for r in o.roles.sorted() { roles.append((r.lowercased(), r, o.articleId)) }
                if let outlet = o.outlet, let day = o.day { outletDays[outlet, default: []].append((day, o.articleId)) }
            }
            roles.sort { ($0.key, $0.articleId) < ($1.key, $1.articleId) }
            for k in outletDays.keys { outletDays[k]!.sort { ($0.day, $0.articleId) < ($1.day, $1.articleId) } }
        }

        /// Why the surname-only occurrence `o` is this person, or nil when nothing says so.
        func why(_ o: Occurrence) -> String? {
            // The same office, one form ending the other ("Secretary General", "NATO Secretary General").
            for stated in o.roles.sorted() {
                let role = stated.lowercased()
                if let r = roles.first(where: { $0.key == role || $0.key.hasSuffix(" " + role) || role.hasSuffix(" " + $0.key) }) {
                    return "same role \"\(stated)\" as \"\(r.role)\" in article \(r.articleId)"
                }
            }
            if let outlet = o.outlet, let day = o.day,
               let seen = outletDays[outlet]?.first(where: { abs($0.day - day) <= 31 }) {
                return "same outlet (\(outlet)) within a month (article \(seen.articleId), \(PersonClusters.iso(seen.day)))"
            }
            return nil
        }
    }

    /// Days since 1970-01-01 of an ISO date's first ten characters, or nil.
    static func day(_ iso: String) -> Int? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3,
              let date = utc.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else { return nil }
        return Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    static func iso(_ days: Int) -> String {
        let c = utc.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    private static let utc: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
