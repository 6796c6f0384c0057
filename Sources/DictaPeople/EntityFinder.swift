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
        // Tokens inside a person attribution already found, marked once rather than every
        // capitalised token checked against every mention.
        var inPerson = [Bool](repeating: false, count: toks.count)
        for span in personSpans {
            var lo = 0, hi = toks.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if toks[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
            }
            while lo < toks.count, toks[lo].span.start < span.end { inPerson[lo] = true; lo += 1 }
        }
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
            run(i..<j, toks, inPerson, &found)
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
        return gazetteer.isGivenName(String(first)) || (first.count == 2 && first.last == ".")
    }

    /// Place or organisation reading of a whole name, if it has one.
    public func classify(name: String) -> (name: String, type: EntityType)? {
        if let inst = gazetteer.institutions[name] { return (inst, .organization) }
        if let place = gazetteer.place(named: name) { return (place.canonical, .place) }
        let words = name.split(separator: " ")
        if words.count >= 2, let last = words.last, gazetteer.orgHeads.contains(Self.bare(String(last)).lowercased()) {
            return (name, .organization)
        }
        return nil
    }

    private func run(_ range: Range<Int>, _ toks: [Token], _ inPerson: [Bool], _ found: inout Collected) {
        // Function words and sentence adverbs that open a run are not part of a name.
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, toks[lo].lexical.contains(.nonName) || Self.connectors.contains(toks[lo].lower) { lo += 1 }
        // `Said Ellis: "…"`: a reporting verb that opens a sentence before a name is no part of it
        // (after a word, "Edward Said", it may be).
        if hi - lo >= 2, toks[lo].lexical.contains(.cue), lo == 0 || !toks[lo - 1].isWord { lo += 1 }
        while hi > lo, Self.connectors.contains(toks[hi - 1].lower) { hi -= 1 }
        // Split around the people already known.
        var start = lo
        for t in lo..<hi where inPerson[t] {
            segmentFound(start..<t, toks, &found)
            start = t + 1
        }
        segmentFound(start..<hi, toks, &found)
    }

    /// The name tokens `r` spell, without a final possessive, and where it stands.
    private func name(_ r: Range<Int>, _ toks: [Token]) -> (name: String, span: Span) {
        var text = toks[r.lowerBound].text
        for t in r.dropFirst() {
            text += " "
            text += toks[t].text
        }
        let cut = Self.possessiveLength(text)
        if cut > 0 { text = String(text.unicodeScalars.dropLast(2)) }
        return (text, Span(toks[r.lowerBound].span.start, toks[r.upperBound - 1].span.end - cut))
    }

    private func segmentFound(_ seg: Range<Int>, _ toks: [Token], _ found: inout Collected) {
        var seg = seg
        while let l = seg.last, Self.connectors.contains(toks[l].lower) { seg = seg.lowerBound..<l }
        guard let first = seg.first, let last = seg.last else { return }
        let (whole, span) = name(seg, toks)
        if let inst = gazetteer.institutions[whole] { found.add(inst, .organization, span, surface: whole); return }
        if seg.count == 1, let person = found.surnames[whole] { found.add(person, .person, span, surface: nil); return }
        // An organisation word last ("Russia-NATO Council") or before "of"/"for" ("Ministry of
        // Foreign Affairs").
        let headed = gazetteer.orgHeads.contains(Self.bare(toks[last].lower)) || seg.dropLast().contains {
            gazetteer.orgHeads.contains(toks[$0].lower) && (toks[$0 + 1].lower == "of" || toks[$0 + 1].lower == "for")
        }
        if seg.count >= 2, headed, !toks[first].lexical.contains(.role) {
            found.add(whole, .organization, span, surface: whole)
            return
        }
        var k = seg.lowerBound
        while k < seg.upperBound {
            // The longest place or institution starting here.
            var matched = 0
            let longest = min(gazetteer.multiWordStarts[toks[k].text] ?? 1, seg.upperBound - k)
            for n in stride(from: longest, through: 1, by: -1) {
                let (name, sp) = name(k..<(k + n), toks)
                if let inst = gazetteer.institutions[name] {
                    found.add(inst, .organization, sp, surface: name); matched = n; break
                }
                if let place = gazetteer.place(named: name) {
                    found.add(place.canonical, .place, sp, surface: name); matched = n; break
                }
            }
            if matched > 0 { k += matched; continue }
            let t = toks[k]
            let word = Self.bare(t.text)
            if let country = gazetteer.demonyms[word] {
                found.add(country, .place, Span(t.span.start, t.span.start + word.unicodeScalars.count), surface: nil)
            } else if word.utf8.contains(UInt8(ascii: "-")) {
                // "Russia-NATO", "Russia-Ukraine": each known part on its own.
                var offset = t.span.start
                for part in word.split(separator: "-", omittingEmptySubsequences: false) {
                    let p = String(part), sp = Span(offset, offset + p.unicodeScalars.count)
                    if let inst = gazetteer.institutions[p] { found.add(inst, .organization, sp, surface: p) }
                    else if let place = gazetteer.place(named: p) { found.add(place.canonical, .place, sp, surface: p) }
                    offset += p.unicodeScalars.count + 1
                }
            } else if Self.isAcronym(word), !gazetteer.notOrganisations.contains(word) {
                found.add(word, .organization, Span(t.span.start, t.span.start + word.unicodeScalars.count), surface: nil)
            } else if k + 1 < seg.upperBound, gazetteer.isGivenName(word) {
                // A given name and one or two capitalised words that are no title or place.
                var e = k + 1
                while e < seg.upperBound, e - k < 3, !toks[e].lexical.contains(.title),
                      gazetteer.place(named: Self.bare(toks[e].text)) == nil,
                      !gazetteer.orgHeads.contains(Self.bare(toks[e].lower)),
                      !Self.connectors.contains(toks[e].lower) { e += 1 }
                // Not when more capitalised words follow: a headline in title case.
                if e > k + 1 && e == seg.upperBound {
                    let (name, sp) = name(k..<e, toks)
                    found.add(name, .person, sp, surface: nil)
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
        possessiveLength(s) == 0 ? s : String(s.unicodeScalars.dropLast(2))
    }

    /// 2 when `s` ends with 's or ’s (two scalars to cut), else 0; over bytes, as it is asked
    /// of every capitalised word.
    static func possessiveLength(_ s: String) -> Int {
        let u = s.utf8
        guard u.count > 2, u.last == UInt8(ascii: "s") else { return 0 }
        let before = u.dropLast()
        if before.last == UInt8(ascii: "'") { return 2 }
        return before.suffix(3).elementsEqual([0xE2, 0x80, 0x99]) ? 2 : 0
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
    private struct Key: Hashable { var type: EntityType; var name: String }
    private var order: [Key] = []
    private var byKey: [Key: Entity] = [:]

    mutating func add(_ name: String, _ type: EntityType, _ span: Span, surface: String?) {
        let key = Key(type: type, name: name)
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
