import DictaCore
import DictaPeople
import DictaText

/// In-article coreference: who "Shoigu", "the defense minister" and "he" are in this article.
///
/// Built from every name the article gives with titles before it ("Russian Defense Minister
/// Sergei Shoigu") and every speaker found. A surname resolves to the fullest name that ends
/// with it; a role to the person last named with those title words; "he"/"she" to the last
/// person who spoke or was named before it.
struct ArticlePeople {
    struct Person {
        var name: String { didSet { parsed = PersonName(name) } }
        /// `name` parsed once: matching re-reads it for every mention.
        var parsed: PersonName?
        var titleWords: Set<String>
        /// Token indices where this person is named.
        var mentions: [Int]
        /// Where the name stands in the body.
        var spans: [Span]
    }

    private(set) var people: [Person] = []
    let lexicon: Lexicon
    /// Capitalised words seen inside sentences, where a capital marks a name, not a sentence start.
    let capitalisedInside: Set<String>

    init(_ doc: AnnotatedArticle, lexicon: Lexicon) {
        self.lexicon = lexicon
        let toks = doc.tokens
        var inside = Set<String>()
        for sentence in doc.sentences {
            for i in sentence.dropFirst() where toks[i].isCapitalized && toks[i].isWord && !toks[i - 1].opensQuote {
                inside.insert(toks[i].text)
            }
        }
        capitalisedInside = inside
        // Every run of capitalised words of two or more that ends a speaker-phrase parse with a
        // name, seen from its end: "Army Gen. Valery Gerasimov", "his US counterpart Joseph Dunford".
        var i = 0
        while i < toks.count {
            guard toks[i].isCapitalized, toks[i].isWord else { i += 1; continue }
            var j = i
            while j < toks.count, toks[j].isWord, toks[j].isCapitalized || SpeakerPhrase.nameParticles.contains(toks[j].lower) { j += 1 }
            if let phrase = SpeakerPhrase.ending(before: j, floor: max(0, i - 6), in: toks, lexicon: lexicon),
               phrase.kind == .name, let name = phrase.name, name.split(separator: " ").count >= 2,
               !name.contains(where: { $0.isNumber }) {
                let nameStart = toks[phrase.tokens].firstIndex(where: { $0.isCapitalized && !lexicon.isTitleWord($0.lower) }) ?? phrase.tokens.lowerBound
                add(name, titles: phrase.titleWords, at: phrase.tokens.lowerBound,
                    span: Span(toks[nameStart].span.start, toks[phrase.tokens.upperBound - 1].span.end))
            }
            i = j
        }
    }

    mutating func add(_ name: String, titles: [String], at token: Int, span: Span) {
        guard let parsed = PersonName(name) else { return }
        if let k = people.firstIndex(where: { $0.parsed.map(parsed.isCompatible) ?? false }) {
            let fuller = PersonName.fuller(people[k].name, name)
            // Only a change of name parses it again.
            if fuller != people[k].name { people[k].name = fuller }
            people[k].titleWords.formUnion(titles)
            people[k].mentions.append(token)
            if !people[k].spans.contains(span) { people[k].spans.append(span) }
        } else {
            people.append(Person(name: name, parsed: parsed, titleWords: Set(titles), mentions: [token], spans: [span]))
        }
    }

    /// The fullest in-article name for a proper-name mention. A single word that opens its
    /// sentence ("Opponents argued …") is a name only when the article backs it: a person
    /// with that surname, or the word capitalised inside a sentence somewhere.
    func resolve(name: String, opensSentence: Bool = false) -> String? {
        guard let parsed = PersonName(name) else { return name }
        let matches = people.filter { $0.parsed.map(parsed.isCompatible) ?? false }
        if matches.count == 1 { return PersonName.fuller(matches[0].name, name) }
        if opensSentence, !name.contains(" "), matches.isEmpty, !capitalisedInside.contains(name),
           name.contains(where: \.isLowercase) {
            return nil
        }
        return name
    }

    /// The person last named before `token` whose titles include every title word of the role
    /// (demonyms aside: "the defense minister" matches "Russian Defense Minister Sergei Shoigu").
    func resolve(roleWords: [String], before token: Int) -> String? {
        let needed = Set(roleWords.filter { !lexicon.demonyms.contains($0) && $0 != "former" })
        guard !needed.isEmpty else { return nil }
        var best: (name: String, at: Int)?
        for p in people where needed.isSubset(of: p.titleWords) {
            guard let last = p.mentions.filter({ $0 < token }).max() ?? p.mentions.min() else { continue }
            if best == nil || last > best!.at { best = (p.name, last) }
        }
        return best?.name
    }

    /// The last person named before `token`.
    func lastPerson(before token: Int) -> String? {
        var best: (name: String, at: Int)?
        for p in people {
            guard let last = p.mentions.filter({ $0 < token }).max() else { continue }
            if best == nil || last > best!.at { best = (p.name, last) }
        }
        return best?.name
    }
}
