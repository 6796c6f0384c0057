import DictaCore
import DictaText

/// Finds the people, organisations and places an article names, with every mention.
///
/// Rules over capitalised runs of tokens, checked against the ``Gazetteer``:
/// - a run that is a known institution ("Pentagon", "European Union") or ends with an
///   organisation word ("Russia-NATO Council", "Department of Defense") is an organisation;
/// - inside other runs, the longest place name at each word ("Moscow", "United States"), a
///   demonym as its country ("Russian" → Russia), an all-caps acronym as an organisation
///   ("OSCE"), and a known given name followed by capitalised words as a person;
/// - the people attribution found (with in-article coreference) are kept, except names that
///   are really places or organisations.
/// Written by hand: no named-entity recogniser runs in Swift on this machine, and the rules
/// are explainable and fast enough to run on every article.
public struct EntityFinder: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

    /// Words joining capitalised words inside one name ("Ministry of Foreign Affairs").
    static let connectors: Set<String> = ["of", "for", "and", "the", "de", "on"]

    /// `people`: the person entities attribution found; `speakers`: the names it gave
    /// statements to; `captions`: text outside the body whose spellings of those people become
    /// aliases.
    public func find(in doc: AnnotatedArticle, people: [Entity], speakers: Set<String> = [],
                     captions: [String] = []) -> [Entity] {
        var found = Collected()
        var personSpans: [Span] = []
        var kept: [String] = []
        for var p in people {
            let bare = Self.bare(p.name)
            if bare != p.name {
                // "Hillary Clinton’s team": the name without its possessive, where it has one.
                p.mentions = p.mentions.map { m in
                    let t = doc.text[m]
                    return Self.bare(t) == t ? m : Span(m.start, m.end - 2)
                }
                p.name = bare
            }
            if let other = classify(name: p.name) {
                for m in p.mentions { found.add(other.name, other.type, m, surface: nil) }
            } else if speakers.contains(p.name) || isPersonName(p.name) {
                for m in p.mentions { found.add(p.name, .person, m, surface: nil); personSpans.append(m) }
                kept.append(p.name)
            }
            // Else capitalised but no one's name ("Election Day", "Wall Street"): dropped.
        }
        // A surname alone names the article's one person with that surname.
        var surnames: [String: String?] = [:]
        for name in kept {
            guard let n = PersonName(name), !n.given.isEmpty else { continue }
            surnames[n.surname] = surnames[n.surname] == nil ? name : .some(nil)
        }
        found.surnames = surnames.compactMapValues { $0 }
        let toks = doc.tokens
        var i = 0
        while i < toks.count {
            guard toks[i].isWord, toks[i].isCapitalized else { i += 1; continue }
            var j = i + 1
            while j < toks.count, toks[j].isWord, toks[j].span.start <= toks[j - 1].span.end + 1 {
                if toks[j].isCapitalized { j += 1; continue }
                // A connector joins only when a capitalised word follows it.
                if Self.connectors.contains(toks[j].lower), j + 1 < toks.count, toks[j + 1].isWord,
                   toks[j + 1].isCapitalized, toks[j + 1].span.start <= toks[j].span.end + 1 {
                    j += 2
                    continue
                }
                break
            }
            run(Array(i..<j), doc, personSpans, &found)
            i = j
        }
        var entities = found.entities()
        addCaptionAliases(&entities, captions)
        return entities
    }

    /// A name that opens with a known given name or an initial, in mixed case.
    func isPersonName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard let first = words.first, words.count <= 3 || words.contains(where: { $0.count == 2 && $0.last == "." }),
              name.contains(where: \.isLowercase) else { return false }
        return gazetteer.givenNames.contains(String(first)) || (first.count == 2 && first.last == ".")
    }

    /// Place or organisation reading of a whole name, if it has one.
    public func classify(name: String) -> (name: String, type: EntityType)? {
        if let inst = gazetteer.institutions[name] { return (inst, .organization) }
        if let place = gazetteer.places[name]?.first { return (place.canonical, .place) }
        let words = name.split(separator: " ")
        if words.count >= 2, let last = words.last, gazetteer.orgHeads.contains(Self.bare(String(last)).lowercased()) {
            return (name, .organization)
        }
        return nil
    }

    private func run(_ indices: [Int], _ doc: AnnotatedArticle, _ personSpans: [Span], _ found: inout Collected) {
        let toks = doc.tokens
        // Function words and sentence adverbs that open a run are not part of a name.
        var idx = indices
        while let f = idx.first, toks[f].lexical.contains(.nonName) || Self.connectors.contains(toks[f].lower) { idx.removeFirst() }
        while let l = idx.last, Self.connectors.contains(toks[l].lower) { idx.removeLast() }
        guard !idx.isEmpty else { return }
        // Split around the people already known.
        var segment: [Int] = []
        for t in idx {
            if personSpans.contains(where: { $0.overlaps(toks[t].span) }) {
                segmentFound(segment, doc, &found)
                segment = []
            } else {
                segment.append(t)
            }
        }
        segmentFound(segment, doc, &found)
    }

    private func segmentFound(_ seg: [Int], _ doc: AnnotatedArticle, _ found: inout Collected) {
        guard !seg.isEmpty else { return }
        let toks = doc.tokens
        var seg = seg
        while let l = seg.last, Self.connectors.contains(toks[l].lower) { seg.removeLast() }
        guard let first = seg.first, let last = seg.last else { return }
        let words = seg.map { toks[$0].text }
        let whole = Self.bare(words.joined(separator: " "))
        let span = Span(toks[first].span.start, toks[last].span.end - (words.last! == Self.bare(words.last!) ? 0 : 2))
        if let inst = gazetteer.institutions[whole] { found.add(inst, .organization, span, surface: whole); return }
        if seg.count == 1, let person = found.surnames[whole] { found.add(person, .person, span, surface: nil); return }
        // An organisation word last ("Russia-NATO Council") or before "of"/"for" ("Ministry of
        // Foreign Affairs").
        let headed = gazetteer.orgHeads.contains(Self.bare(toks[last].lower)) || seg.indices.dropLast().contains {
            gazetteer.orgHeads.contains(toks[seg[$0]].lower) && (toks[seg[$0 + 1]].lower == "of" || toks[seg[$0 + 1]].lower == "for")
        }
        if seg.count >= 2, headed, !toks[first].lexical.contains(.role) {
            found.add(whole, .organization, span, surface: whole)
            return
        }
        var k = 0
        while k < seg.count {
            // The longest place or institution starting here, up to four words.
            var matched = 0
            let longest = min(gazetteer.multiWordStarts[toks[seg[k]].text] ?? 1, seg.count - k)
            for n in stride(from: longest, through: 1, by: -1) {
                let ws = seg[k..<(k + n)].map { toks[$0].text }
                let name = Self.bare(ws.joined(separator: " "))
                let end = toks[seg[k + n - 1]].span.end - (ws.last! == Self.bare(ws.last!) ? 0 : 2)
                let sp = Span(toks[seg[k]].span.start, end)
                if let inst = gazetteer.institutions[name] {
                    found.add(inst, .organization, sp, surface: name); matched = n; break
                }
                if let place = gazetteer.places[name]?.first {
                    found.add(place.canonical, .place, sp, surface: name); matched = n; break
                }
            }
            if matched > 0 { k += matched; continue }
            let t = toks[seg[k]]
            let word = Self.bare(t.text)
            if let country = gazetteer.demonyms[word] {
                found.add(country, .place, Span(t.span.start, t.span.start + word.unicodeScalars.count), surface: nil)
            } else if word.contains("-") {
                // "Russia-NATO", "Russia-Ukraine": each known part on its own.
                var offset = t.span.start
                for part in word.split(separator: "-", omittingEmptySubsequences: false) {
                    let p = String(part), sp = Span(offset, offset + p.unicodeScalars.count)
                    if let inst = gazetteer.institutions[p] { found.add(inst, .organization, sp, surface: p) }
                    else if let place = gazetteer.places[p]?.first { found.add(place.canonical, .place, sp, surface: p) }
                    offset += p.unicodeScalars.count + 1
                }
            } else if Self.isAcronym(word), !gazetteer.notOrganisations.contains(word) {
                found.add(word, .organization, Span(t.span.start, t.span.start + word.unicodeScalars.count), surface: nil)
            } else if gazetteer.givenNames.contains(word), k + 1 < seg.count {
                // A given name and one or two capitalised words that are no title or place.
                var e = k + 1
                while e < seg.count, e - k < 3, !toks[seg[e]].lexical.contains(.title),
                      gazetteer.places[Self.bare(toks[seg[e]].text)] == nil,
                      !gazetteer.orgHeads.contains(Self.bare(toks[seg[e]].lower)),
                      !Self.connectors.contains(toks[seg[e]].lower) { e += 1 }
                // Not when more capitalised words follow: a headline in title case.
                if e > k + 1 && e == seg.count {
                    let ws = seg[k..<e].map { toks[$0].text }
                    let name = Self.bare(ws.joined(separator: " "))
                    let end = toks[seg[e - 1]].span.end - (ws.last! == Self.bare(ws.last!) ? 0 : 2)
                    found.add(name, .person, Span(t.span.start, end), surface: nil)
                    k = e
                    continue
                }
            }
            k += 1
        }
    }

    /// Spellings of the article's people in its captions, by the same rule that merges names
    /// across articles (``PersonName/isCompatible(with:)``).
    private func addCaptionAliases(_ entities: inout [Entity], _ captions: [String]) {
        guard !captions.isEmpty else { return }
        let words = captions.flatMap { c in
            [""] + c.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
                .map { String($0).trimmingCharacters(in: .punctuationCharacters) }
        }
        for e in entities.indices where entities[e].type == .person {
            guard let full = PersonName(entities[e].name), !full.given.isEmpty else { continue }
            // Each caption starts with "", so the word before a surname is never another caption's.
            for w in words.indices.dropFirst() {
                guard let first = words[w - 1].first, first.isUppercase,
                      PersonName.key(words[w]) == full.surnameKey else { continue }
                let alias = words[w - 1] + " " + words[w]
                guard alias != entities[e].name, let parsed = PersonName(alias), parsed.isCompatible(with: full),
                      !entities[e].aliases.contains(alias) else { continue }
                entities[e].aliases.append(alias)
            }
        }
    }

    /// "Russia's" → "Russia".
    static func bare(_ s: String) -> String {
        if s.hasSuffix("'s") || s.hasSuffix("’s") { return String(s.dropLast(2)) }
        return s
    }

    static func isAcronym(_ w: String) -> Bool {
        let u = w.unicodeScalars
        return u.count >= 2 && u.count <= 6 && u.allSatisfy { $0.value >= 65 && $0.value <= 90 }
    }
}

/// Mentions gathered per (type, name), with the surface forms seen.
private struct Collected {
    /// Surname → the article's one full name with it.
    var surnames: [String: String] = [:]
    private var order: [String] = []
    private var byKey: [String: Entity] = [:]

    mutating func add(_ name: String, _ type: EntityType, _ span: Span, surface: String?) {
        let key = type.rawValue + "\u{1F}" + name
        if byKey[key] == nil { order.append(key); byKey[key] = Entity(name: name, type: type, mentions: []) }
        if !byKey[key]!.mentions.contains(span) { byKey[key]!.mentions.append(span) }
        if let s = surface, s != name, !byKey[key]!.aliases.contains(s) { byKey[key]!.aliases.append(s) }
    }

    func entities() -> [Entity] {
        order.map { k in
            var e = byKey[k]!
            e.mentions.sort()
            return e
        }
    }
}
