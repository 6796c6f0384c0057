import DictaCore
import DictaPeople
import DictaText

/// In-article coreference: who "Shoigu", "the defense minister" and "he" are in this article.
///
/// Built from every name the article gives with titles before it ("Russian Defense Minister
/// Sergei Shoigu"), every later mention of such a person's surname, and every speaker found.
/// A surname resolves to the fullest name that ends with it; a role to the person last named
/// with those title words; "he"/"she" to the most salient person who can be its antecedent
/// (see ``resolve(pronoun:at:)``).
struct ArticlePeople {
    struct Person {
        var name: String { didSet { parsed = PersonName(name) } }
        /// `name` parsed once: matching re-reads it for every mention.
        var parsed: PersonName?
        var titleWords: Set<String>
        /// Token indices where this person is named or speaks.
        var mentions: [Int]
        /// Where the name stands in the body.
        var spans: [Span]
        /// From the given name, a gendered title ("Mrs.", "chairwoman") or a pronoun already
        /// linked to this person; nil when nothing says.
        var gender: Gender?
        /// A person rather than an organisation, outlet or place: only persons are antecedents
        /// of "he" and "she".
        var animate: Bool
        /// Whether `animate` and `gender` have been read off the name and titles: that costs
        /// several list lookups, so it waits until a pronoun or role looks at them (see ``settle(_:)``).
        var traitsKnown = false
        /// Named by the article in full (two words or more), as opposed to a speaker known only
        /// by one word: only the former are reported as entities.
        var named: Bool
        /// Keys of one-word names that also name this person: the given name of a noble style
        /// ("Meghan" for "Meghan, Duchess of Sussex").
        var aliasKeys: Set<String> = []
        /// Those one-word names as written ("Meghan").
        var aliasSpellings: [String] = []

        func answers(to name: PersonName) -> Bool {
            (parsed.map(name.isCompatible) ?? false) || (name.given.isEmpty && aliasKeys.contains(name.surnameKey))
        }
    }

    /// Styles that follow a given name with "of" and a place: "Meghan, Duchess of Sussex".
    static let nobleStyles: Set<String> = ["duke", "duchess", "prince", "princess", "earl", "countess", "baron",
                                           "baroness", "marquess", "viscount", "lord", "lady"]

    private(set) var people: [Person] = []
    /// Each spelling ``add(_:titles:at:span:)`` has seen → its person.
    private var indexBySpelling: [String: Int] = [:]
    /// Surname key → the people ``add(_:titles:at:span:)`` made with it.
    private var indexBySurnameKey: [String: [Int]] = [:]
    let lexicon: Lexicon
    let doc: AnnotatedArticle
    /// Tokens between quotation marks: names there are the speaker's words, not antecedents.
    let inQuote: [Bool]
    /// Capitalised words seen inside sentences, where a capital marks a name, not a sentence start.
    let capitalisedInside: Set<String>
    /// Capitalised words the article writes after "the" or "a" ("the Tanaiste"): titles here.
    let titlesHere: Set<String>
    let gazetteer = Gazetteer.shared
    let entityRules = EntityFinder()
    let nameForm = NameForm.shared

    init(_ doc: AnnotatedArticle, lexicon: Lexicon, pairs: [QuotePair] = []) {
        self.lexicon = lexicon
        self.doc = doc
        let toks = doc.tokens
        var quoted = [Bool](repeating: false, count: toks.count)
        for p in pairs { for i in p.open..<p.contentEnd(doc.paragraphs) { quoted[i] = true } }
        inQuote = quoted
        var inside = Set<String>()
        for sentence in doc.sentences {
            for i in sentence.dropFirst() where toks[i].isCapitalized && toks[i].isWord && !toks[i - 1].opensQuote {
                inside.insert(toks[i].text)
            }
        }
        capitalisedInside = inside
        var titled = Set<String>()
        for i in toks.indices.dropFirst() where toks[i].isCapitalized && (toks[i - 1].lower == "the" || toks[i - 1].lower == "a")
            && (i + 1 == toks.count || !toks[i + 1].isCapitalized) {
            titled.insert(toks[i].text)
        }
        titlesHere = titled
        // Every run of capitalised words of two or more that ends a speaker-phrase parse with a
        // name, seen from its end: "Army Gen. Valery Gerasimov", "his US counterpart Joseph Dunford".
        var i = 0
        var covered = [Bool](repeating: false, count: toks.count)
        var cleaned: [String: String] = [:]
        while i < toks.count {
            guard toks[i].isCapitalized, toks[i].isWord else { i += 1; continue }
            // `Said Ellis: "…"`: a reporting verb opening a sentence is not the name's first word,
            // nor one of the words before a name that the phrase may take as titles.
            if toks[i].lexical.contains(.cue), i == 0 || !toks[i - 1].isWord { i += 1; continue }
            var floor = max(0, i - 4)
            for t in floor..<i where toks[t].lexical.contains(.cue) { floor = t + 1 }
            var j = i
            while j < toks.count, toks[j].isWord, toks[j].isCapitalized || SpeakerPhrase.nameParticles.contains(toks[j].lower) { j += 1 }
            // One capitalised word makes no name of two words, whatever lowercase titles precede it.
            if j - i >= 2, let phrase = SpeakerPhrase.ending(before: j, floor: floor, in: toks, lexicon: lexicon),
               phrase.kind == .name, let raw = phrase.name, !raw.contains(where: { $0.isNumber }) {
                let name: String
                if let known = cleaned[raw] { name = known } else { name = cleanName(raw); cleaned[raw] = name }
                if name.split(separator: " ").count >= 2 {
                    let nameStart = toks[phrase.tokens].firstIndex(where: { $0.isCapitalized && !lexicon.isTitleWord($0.lower) }) ?? phrase.tokens.lowerBound
                    add(name, titles: phrase.titleWords + raw.lowercased().split(separator: " ").map(String.init),
                        at: phrase.tokens.lowerBound,
                        span: Span(toks[nameStart].span.start, toks[phrase.tokens.upperBound - 1].span.end))
                    for t in phrase.tokens { covered[t] = true }
                }
            }
            i = j
        }
        // "Meghan, Duchess of Sussex": a given name, a comma and a noble style is the person's
        // full name, and the given name alone names them.
        for i in toks.indices where i >= 2 && i + 2 < toks.count && toks[i - 1].text == ","
            && Self.nobleStyles.contains(toks[i].lower) && toks[i].isCapitalized && toks[i + 1].lower == "of"
            && toks[i + 2].isCapitalized && toks[i - 2].isCapitalized && toks[i - 2].isWord {
            var end = i + 3
            while end < toks.count, toks[end].isWord, toks[end].isCapitalized { end += 1 }
            let given = NameForm.withoutPossessive(toks[i - 2].text) ?? toks[i - 2].text
            let style = (i..<end).map { NameForm.withoutPossessive(toks[$0].text) ?? toks[$0].text }.joined(separator: " ")
            let name = given + ", " + style
            guard let parsed = PersonName(name) else { continue }
            if let k = people.firstIndex(where: { $0.parsed.map(parsed.isCompatible) ?? false }) {
                people[k].aliasKeys.insert(PersonName.key(given))
                people[k].aliasSpellings.append(given)
                continue
            }
            var p = Person(name: name, parsed: parsed, titleWords: [toks[i].lower], mentions: [i - 2],
                           spans: [Span(toks[i - 2].span.start, toks[end - 1].span.end)],
                           gender: gender(of: given + " X", titles: [toks[i].lower]), animate: true, traitsKnown: true, named: true)
            p.aliasKeys = [PersonName.key(given)]
            p.aliasSpellings = [given]
            indexBySurnameKey[parsed.surnameKey, default: []].append(people.count)
            people.append(p)
            for t in (i - 2)..<end { covered[t] = true }
        }
        // A surname alone, later or earlier, is a mention of the one person with that surname.
        // Matched by spelling as the name gives it (variants of one surname inside one article
        // are rare), so that no token needs a key built.
        var bySurname: [String: Int?] = [:]
        for (k, p) in people.enumerated() where p.named {
            guard let parsed = p.parsed else { continue }
            for spelling in [parsed.surname] + p.aliasSpellings {
                bySurname[spelling] = bySurname[spelling] == nil ? k : .some(nil)
            }
        }
        if !bySurname.isEmpty {
            for t in toks.indices where !covered[t] && toks[t].isWord && toks[t].isCapitalized {
                let text = toks[t].text
                if let hit = bySurname[text] ?? NameForm.withoutPossessive(text).flatMap({ bySurname[$0] }), let k = hit {
                    people[k].mentions.append(t)
                }
            }
        }
    }

    /// `raw` as a reader would write the name (see ``NameForm/clean(_:titleHere:)``).
    func cleanName(_ raw: String) -> String {
        nameForm.clean(raw) { titlesHere.contains($0) }
    }

    /// Gendered words of titles and honorifics.
    static let female: Set<String> = ["mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "lady", "dame", "queen", "princess",
                                      "duchess", "countess", "baroness", "chairwoman", "spokeswoman", "congresswoman",
                                      "councilwoman", "businesswoman", "sister", "mother", "wife", "daughter", "actress"]
    static let male: Set<String> = ["mr", "mr.", "sir", "lord", "king", "prince", "duke", "count", "baron", "chairman",
                                    "spokesman", "congressman", "councilman", "businessman", "brother", "father",
                                    "husband", "son", "actor"]

    func gender(of name: String, titles: some Collection<String>) -> Gender? {
        if titles.contains(where: Self.female.contains) { return .female }
        if titles.contains(where: Self.male.contains) { return .male }
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first else { return nil }
        return gazetteer.gender(ofGivenName: first)
    }

    func givenNameSex(_ name: String) -> Gender? { nil }

    /// A person rather than an organisation or place: no place or organisation reading, and
    /// opened by a known given name or an initial.
    func isAnimate(_ name: String, inProse: Bool = true) -> Bool {
        // The cheap lookups first: this is asked of every name an article gives.
        let words = name.split(separator: " ")
        guard let first = words.first, words.count >= 2 else { return false }
        if words.contains(where: { gazetteer.orgHeads.contains($0.lowercased()) || gazetteer.demonyms[String($0)] != nil
            || gazetteer.isPlace($0) }) { return false }
        guard gazetteer.institutions[name] == nil, !gazetteer.isPlace(name) else { return false }
        if gazetteer.isGivenName(first) || (first.count == 2 && first.last == ".") { return true }
        // Names the given-name lists lack ("Rakeyia Scott", "Aung San Suu Kyi"): two to four
        // words in mixed case, none of them a title, named in running text (not after "the" as
        // in "the Pacific Ocean", not as a heading of its own such as "Marriage Main").
        guard inProse else { return false }
        // Titles of works ("Why We're Polarized", "Taking Archie", "My Struggle") are not: no
        // function word, pronoun, contraction or "-ing" word in them.
        return words.count <= 4 && words.allSatisfy { w in
            let lower = w.lowercased()
            let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "’" })
            return w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase) && !lexicon.isTitleWord(lower)
                && !lexicon.nonNames.contains(lower) && lexicon.pronouns[lower] == nil && !SpeakerPhrase.determiners.contains(lower)
                && !["my", "why", "how", "what", "we're", "act", "law", "bill"].contains(lower) && !lower.hasSuffix("ing")
                && (apostrophe == nil || apostrophe == w.index(after: w.startIndex))
        }
    }

    mutating func add(_ name: String, titles: [String], at token: Int, span: Span) {
        // The same spelling again (most mentions): no parse, no scan of the people.
        if let k = indexBySpelling[name] {
            people[k].titleWords.formUnion(titles)
            people[k].mentions.append(token)
            // Repeats are dropped when the entity is written: a scan here grew with the mentions.
            people[k].spans.append(span)
            return
        }
        guard let parsed = PersonName(name) else { return }
        // Compatible names share a surname key: only those people are compared.
        if let k = indexBySurnameKey[parsed.surnameKey]?.first(where: { people[$0].parsed.map(parsed.isCompatible) ?? false }) {
            indexBySpelling[name] = k
            let fuller = PersonName.fuller(people[k].name, name)
            // Only a change of name parses it again.
            if fuller != people[k].name { people[k].name = fuller }
            people[k].titleWords.formUnion(titles)
            people[k].mentions.append(token)
            // Repeats are dropped when the entity is written: a scan here grew with the mentions.
            people[k].spans.append(span)
            if !people[k].named || fuller != name { people[k].traitsKnown = false }
            people[k].named = true
        } else {
            indexBySpelling[name] = people.count
            indexBySurnameKey[parsed.surnameKey, default: []].append(people.count)
            people.append(Person(name: name, parsed: parsed, titleWords: Set(titles), mentions: [token], spans: [span],
                                 gender: nil, animate: false, named: true))
        }
    }

    /// Records that `name` speaks at `token`: a speaker is the most salient antecedent of the
    /// pronouns that follow, and a person whatever the lists say of the name. A pronoun
    /// resolved to a person of unknown gender gives them its gender.
    mutating func noteSpeaker(_ name: String, at token: Int, pronoun: String? = nil) {
        let k: Int
        if let found = people.firstIndex(where: { $0.name == name }) {
            k = found
            if !people[k].mentions.contains(token) { people[k].mentions.append(token) }
        } else if let parsed = PersonName(name), let found = people.firstIndex(where: { $0.answers(to: parsed) }) {
            k = found
            if !people[k].mentions.contains(token) { people[k].mentions.append(token) }
        } else {
            guard let parsed = PersonName(name), entityRules.classify(name: name) == nil else { return }
            indexBySurnameKey[parsed.surnameKey, default: []].append(people.count)
            people.append(Person(name: name, parsed: parsed, titleWords: [], mentions: [token], spans: [],
                                 gender: nil, animate: true, named: false))
            k = people.count - 1
        }
        if !people[k].animate, entityRules.classify(name: people[k].name) == nil { people[k].animate = true }
        settle(k)
        if people[k].gender == nil, let pronoun { people[k].gender = Self.gender(ofPronoun: pronoun) }
    }

    /// Whether some mention stands in running text: not after an article ("the Pacific Ocean")
    /// and not a paragraph of its own (a heading).
    func inProse(_ mentions: [Int]) -> Bool {
        let toks = doc.tokens
        return mentions.contains { m in
            let article = m > 0 && ["the", "a", "an"].contains(toks[m - 1].lower)
            let heading = doc.paragraphs.first { $0.contains(m) }.map { $0.count <= 6 } ?? false
            return !article && !heading
        }
    }

    /// Whether every mention follows "in", "at" or "near" ("in Coral Springs"): a place the
    /// gazetteer lacks, whatever its first word looks like.
    func onlyAsPlace(_ mentions: [Int]) -> Bool {
        let toks = doc.tokens
        return !mentions.isEmpty && mentions.allSatisfy { m in m > 0 && ["in", "at", "near"].contains(toks[m - 1].lower) }
    }

    /// Reads whether person `k` is a person, and their gender, off their name and titles, once.
    private mutating func settle(_ k: Int) {
        guard !people[k].traitsKnown else { return }
        let name = people[k].name
        if people[k].named, !people[k].animate {
            people[k].animate = isAnimate(name, inProse: inProse(people[k].mentions)) && !onlyAsPlace(people[k].mentions)
        }
        if people[k].gender == nil { people[k].gender = gender(of: name, titles: people[k].titleWords) }
        people[k].traitsKnown = true
    }

    static func gender(ofPronoun p: String) -> Gender? {
        switch p { case "he", "him", "his": .male; case "she", "her": .female; default: nil }
    }

    /// The fullest in-article name for a proper-name mention. A single word that opens its
    /// sentence ("Opponents argued …") is a name only when the article backs it: a person
    /// with that surname, or the word capitalised inside a sentence somewhere.
    func resolve(name: String, opensSentence: Bool = false) -> String? {
        guard let parsed = PersonName(name) else { return name }
        // Indices, not copies of the people: this runs for every named speaker.
        var match: Int?, count = 0
        for k in people.indices where people[k].named && people[k].answers(to: parsed) {
            match = k
            count += 1
        }
        if count == 1, let k = match {
            return people[k].aliasKeys.contains(parsed.surnameKey) ? people[k].name : PersonName.fuller(people[k].name, name)
        }
        let matches = count
        if opensSentence, !name.utf8.contains(UInt8(ascii: " ")), matches == 0, !capitalisedInside.contains(name),
           name.contains(where: \.isLowercase) {
            return nil
        }
        return name
    }

    /// The one person of the article whose first given name is `given`, if exactly one.
    func person(givenName given: String) -> String? {
        let matches = people.filter { $0.named && $0.parsed?.given.first == given }
        return matches.count == 1 ? matches[0].name : nil
    }

    /// Whether the article names a person whose surname is `word` ("King" for Gayle King).
    func hasPerson(surname word: String) -> Bool {
        let key = PersonName.key(word)
        return people.contains { $0.named && $0.parsed?.surnameKey == key }
    }

    /// Abbreviated titles as the role nouns they stand for.
    static let titleAbbreviations: [String: String] = ["sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor",
                                                      "rep.": "representative", "rep": "representative", "pres.": "president",
                                                      "gen.": "general", "sec.": "secretary", "amb.": "ambassador", "prof.": "professor",
                                                      "prof": "professor", "dr.": "doctor", "dr": "doctor", "adm.": "admiral", "lt.": "lieutenant"]
    /// Title words that make a different office of the same head ("vice president").
    static let subordinate: Set<String> = ["vice", "deputy", "assistant", "former", "acting", "under", "ex", "lieutenant"]

    /// Who a role names: the person last named before `token` whose titles hold the role's
    /// head nouns ("the defense minister" → "Russian Defense Minister Sergei Shoigu"; demonyms,
    /// places and parties aside), and no subordinate office the role lacks ("the president" is
    /// not the vice president). A definite role no title matches ("the Vermont senator", "the
    /// Republican nominee") names the salient person there, as a pronoun would; an indefinite
    /// one ("a spokesman", "officials") names nobody. `guessed` says the name is only the
    /// salient person's (no title matched), a weaker reading.
    mutating func resolveRole(_ roleWords: [String], before token: Int) -> (name: String, guessed: Bool)? {
        let words = roleWords.map { Self.titleAbbreviations[$0] ?? $0 }
        let heads = Set(words.filter { lexicon.roles.contains($0) })
        guard !heads.isEmpty else { return nil }
        var best: (name: String, at: Int)?
        for k in people.indices where people[k].named {
            let titles = Set(people[k].titleWords.map { Self.titleAbbreviations[$0] ?? $0 })
            guard heads.isSubset(of: titles), titles.intersection(Self.subordinate).isSubset(of: Set(words)) else { continue }
            settle(k)
            let p = people[k]
            guard p.animate else { continue }
            guard let last = p.mentions.filter({ $0 < token }).max() ?? p.mentions.min() else { continue }
            if best == nil || last > best!.at { best = (p.name, last) }
        }
        if let best { return (best.name, false) }
        // Definite and singular: "the senator", not "a senator" or "the senators".
        let toks = doc.tokens
        guard token < toks.count, toks[token].lower == "the",
              !heads.contains(where: { $0.hasSuffix("s") && lexicon.roles.contains(String($0.dropLast())) }),
              let a = antecedent(pronoun: "", at: token),
              let person = people.first(where: { $0.name == a.name }),
              // Someone with another office is not this one.
              !person.titleWords.contains(where: { lexicon.roles.contains(Self.titleAbbreviations[$0] ?? $0) })
        else { return nil }
        return (a.name, true)
    }

    /// The antecedent of "he" or "she" at `token`, by salience: the subject-most person of the
    /// nearest sentence that names one (this sentence before the pronoun, then each earlier
    /// sentence), who agrees in gender and is a person, named outside quotation marks (a
    /// speaker counts as named where they speak). With none in reach, the person the article
    /// is most about, if they agree. `pronoun` "" asks for the salient person of any gender.
    mutating func resolve(pronoun: String, at token: Int) -> String? {
        antecedent(pronoun: pronoun, at: token)?.name
    }

    /// ``resolve(pronoun:at:)`` with the token of the mention chosen, and whether it was found
    /// nearby (else the article's main person, at their last mention before, if any). Traits are read only of the people it looks at, nearest
    /// sentence first, so a pronoun usually costs a few lookups.
    mutating func antecedent(pronoun: String, at token: Int) -> (name: String, at: Int?, nearby: Bool)? {
        let want = Self.gender(ofPronoun: pronoun)
        guard let here = doc.sentenceIndex(ofToken: token) else { return nil }
        let reach = 20
        // (sentence, token, person) of every mention in reach, outside quotation marks.
        var seen: [(s: Int, at: Int, person: Int)] = []
        // Mentions before the reach's first token are out without a sentence lookup: an
        // article's every pronoun would otherwise look up every mention.
        let floor = doc.sentences[max(0, here - reach)].lowerBound
        for k in people.indices {
            for m in people[k].mentions where m >= floor && m < token && !inQuote[m] {
                guard let s = doc.sentenceIndex(ofToken: m), s >= here - reach else { continue }
                seen.append((s, m, k))
            }
        }
        seen.sort { $0.s != $1.s ? $0.s > $1.s : $0.at < $1.at }
        for hit in seen {
            settle(hit.person)
            if agrees(people[hit.person], want) { return (people[hit.person].name, hit.at, true) }
        }
        for k in people.indices where people[k].named { settle(k) }
        guard let main = people.filter({ agrees($0, want) && $0.named }).max(by: { $0.mentions.count < $1.mentions.count }) else { return nil }
        // Where the article last named them before here, if it did.
        return (main.name, main.mentions.filter { $0 < token && !inQuote[$0] }.max(), false)
    }

    func agrees(_ p: Person, _ want: Gender?) -> Bool {
        p.animate && (want == nil || p.gender == nil || p.gender == want)
    }
}
