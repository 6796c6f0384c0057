/// A noun phrase that can name who speaks: a name with its titles ("Russian Defense Minister
/// Sergei Shoigu"), a role ("the defense minister"), a pronoun ("he") or an organisation
/// ("NATO", "the Kremlin").
public struct SpeakerPhrase: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Holds a proper name (`name`).
        case name
        /// Names by title or office only ("the defense minister", "officials").
        case role
        /// "he", "she" (person) or "they", "we" (group).
        case pronoun(String)
    }

    /// Token indices of the whole phrase.
    public let tokens: Range<Int>
    public let kind: Kind
    /// The proper-name part ("Sergei Shoigu"), for `.name`.
    public let name: String?
    /// Lowercased title words in the phrase ("russian", "defense", "minister").
    public let titleWords: [String]

    public init(tokens: Range<Int>, kind: Kind, name: String?, titleWords: [String]) {
        self.tokens = tokens
        self.kind = kind
        self.name = name
        self.titleWords = titleWords
    }

    public static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "another", "one",
                                                  "both", "many", "some", "most", "several", "all", "each"]
    /// Words that open a clause, not a noun phrase: a description stops before them.
    public static let clauseWords: Set<String> = ["and", "but", "or", "then", "when", "as", "so", "while", "after", "before", "because", "if", "that", "which", "who"]
    public static let nameParticles: Set<String> = ["de", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "di", "du", "des", "ibn", "del", "dos"]
    /// Words that never qualify a role head: "language to denounce what … Minister" is no role.
    static let functionWords: Set<String> = clauseWords.union(["to", "what", "in", "on", "at", "for", "with", "by", "from",
                                                               "is", "was", "are", "were", "be", "been", "has", "have", "had", "not"])
    static let reflexives: Set<String> = ["himself", "herself", "themselves"]
    /// Adverbs that end a run of words before a cue but never a noun phrase ("Ann Lee often").
    public static let adverbs: Set<String> = ["often", "long", "further", "also", "never", "still", "just", "even", "now", "then",
                                       "once", "perhaps", "overall", "again", "already", "always", "later", "first", "too"]

    /// Parses `tokens[range]` as exactly one speaker phrase; nil unless every token fits.
    public static func parse(_ tokens: [Token], _ range: Range<Int>, lexicon: Lexicon) -> SpeakerPhrase? {
        guard !range.isEmpty, range.count <= 12 else { return nil }
        // "Lee herself said": the reflexive adds nothing to who speaks.
        // (Asked of every range parsed: the length test spares most of them the set lookup.)
        if range.count >= 2, (7...10).contains(tokens[range.upperBound - 1].lower.utf8.count),
           reflexives.contains(tokens[range.upperBound - 1].lower),
           let p = parse(tokens, range.lowerBound..<(range.upperBound - 1), lexicon: lexicon) {
            return SpeakerPhrase(tokens: range, kind: p.kind, name: p.name, titleWords: p.titleWords)
        }
        if range.count == 1, let kind = lexicon.pronouns[tokens[range.lowerBound].lower] {
            return SpeakerPhrase(tokens: range, kind: .pronoun(kind), name: nil, titleWords: [])
        }
        var titles: [String] = []
        var nameStart: Int?
        var sawDeterminer = false
        var i = range.lowerBound
        if determiners.contains(tokens[i].lower) { sawDeterminer = true; i += 1 }
        // "that New York state is …", "this Monday": a clause or a time, not "that official".
        if sawDeterminer, ["that", "this"].contains(tokens[range.lowerBound].lower), i < range.upperBound,
           tokens[i].isCapitalized || !tokens[i].lexical.contains(.role) { return nil }
        // Lowercase words the lexicon does not know may qualify a role head that follows them
        // ("council chair", "opposition spokesman").
        // A plural head counts ("the two lawmakers", "several senior aides").
        let lastRole = range.last(where: { tokens[$0].lexical.contains(.role)
            || (tokens[$0].lexical.contains(.title) && tokens[$0].lower.hasSuffix("s") && lexicon.roles.contains(String(tokens[$0].lower.dropLast()))) })
        while i < range.upperBound {
            let t = tokens[i]
            if t.kind == .number, nameStart == nil, i + 1 < range.upperBound, tokens[i + 1].isWord {
                // "9/11 widow Terry Strada", "59-year-old": a qualifier.
                titles.append(t.lower)
                i += 1
                continue
            }
            guard t.isWord else { return nil }
            let isTitle = t.lexical.contains(.title)
            if isTitle && nameStart == nil {
                titles.append(t.lower)
            } else if isTitle, !t.isCapitalized, let ns = nameStart, i < range.upperBound - 1 || i - ns == 1 {
                // "Transportation chief Ann Lee", "the Vox founder": the capitals named a unit.
                titles += tokens[ns..<i].map(\.lower)
                titles.append(t.lower)
                nameStart = nil
            } else if t.lower == "of" || t.lower == "the" || t.lower == "for",
                      nameStart == nil, !titles.isEmpty, i + 1 < range.upperBound {
                // "Secretary of State", "Chief of the General Staff": keep reading the title.
            } else if nameStart == nil, !t.isCapitalized, let r = lastRole, i < r, i - range.lowerBound < 4,
                      !functionWords.contains(t.lower), lexicon.cueForms[t.lower] == nil {
                titles.append(t.lower)
            } else if nameStart == nil, sawDeterminer, ["a", "an", "the"].contains(tokens[range.lowerBound].lower),
                      !t.isCapitalized, i - range.lowerBound <= 2, i + 1 < range.upperBound,
                      tokens[i + 1].isCapitalized, !clauseWords.contains(t.lower), lexicon.cueForms[t.lower] == nil {
                // An adjective between the article and the name ("a skeptical Ann Lee").
            } else if t.isCapitalized || (nameStart != nil && nameParticles.contains(t.lower)) {
                // "On Monday Foreign Minister Anna Berg", "Then Anna Berg": the opener is not
                // part of the phrase, so only a shorter range parses.
                if t.lexical.contains(.nonName) { return nil }
                if isTitle, let ns = nameStart {
                    if !t.lexical.contains(.role) {
                        // A modifier after capitals ("Massachusetts Sen. Ann Lee"): the capitals
                        // were no name, a shorter range parses. Last, it ends the name
                        // ("Peabody Energy").
                        if i < range.upperBound - 1 { return nil }
                    } else if i == range.upperBound - 1, !tokens[i - 1].lexical.contains(.title), i - ns <= 2 {
                        // A title word as the surname: "Gayle King", "Ann Judge".
                    } else {
                        // A title after capitals ("Cambridge Police Commissioner Ann Lee", "VFI
                        // Chief Executive"): the capitals named the office's unit, not a person.
                        titles += tokens[ns..<i].map(\.lower)
                        titles.append(t.lower)
                        nameStart = nil
                    }
                } else if nameStart == nil, t.text.utf8.contains(UInt8(ascii: "-")), let tail = t.text.split(separator: "-").last,
                          tail.first?.isLowercase == true {
                    // "Maryland-based", "Paris-born": a qualifier, not a name.
                    titles.append(t.lower)
                } else if nameStart == nil {
                    nameStart = i
                }
            } else {
                return nil
            }
            i += 1
        }
        if let ns = nameStart, ns > range.lowerBound, ["of", "for"].contains(tokens[ns - 1].lower), !titles.isEmpty {
            // "Minister of Industry": the capitals after "of" name the office's domain.
            titles += tokens[ns..<range.upperBound].map(\.lower)
            nameStart = nil
        }
        if let ns = nameStart {
            let nameTokens = tokens[ns..<range.upperBound]
            guard nameTokens.last?.isCapitalized == true else { return nil }
            let name = nameTokens.map(\.text).joined(separator: " ")
            return SpeakerPhrase(tokens: range, kind: .name, name: name, titleWords: titles)
        }
        // Only title words: a role ("the defense minister") needs a head noun; a capitalised
        // institution on its own ("the Kremlin", "NATO") stands as a name.
        if titles.contains(where: { lexicon.roles.contains($0) || lexicon.roles.contains(String($0.dropLast())) }) {
            return SpeakerPhrase(tokens: range, kind: .role, name: nil, titleWords: titles)
        }
        let capitalised = tokens[range].filter { $0.isCapitalized && !determiners.contains($0.lower) }
        if !capitalised.isEmpty, capitalised.count == titles.count, !sawDeterminer || capitalised.count == 1 {
            return SpeakerPhrase(tokens: range, kind: .name, name: capitalised.map(\.text).joined(separator: " "),
                                 titleWords: [])
        }
        return nil
    }

    /// A speaker phrase for words right before a cue that ``parse(_:_:lexicon:)`` does not take
    /// whole: the name before a party tag or an appositive ("Rep. Ann Lee (D-Wis.)", "Ann
    /// Lee, a lawyer,"), the longest phrase that ends at the cue ("Tulsa police Chief Ann Lee"),
    /// or else the run of words before the cue as a description ("the ad's narrator").
    /// `nounPhrase`: the description must look like one (for reported speech, where the words
    /// before a cue may be anything; after a closing quotation mark they are its subject).
    public static func lenient(_ tokens: [Token], _ range: Range<Int>, lexicon: Lexicon, nounPhrase: Bool = false) -> SpeakerPhrase? {
        guard !range.isEmpty else { return nil }
        if let cut = range.first(where: { tokens[$0].text == "(" || tokens[$0].text == "," }), cut > range.lowerBound,
           let p = parse(tokens, range.lowerBound..<cut, lexicon: lexicon) {
            return p
        }
        if let p = ending(before: range.upperBound, floor: range.lowerBound, in: tokens, lexicon: lexicon) { return p }
        var start = range.upperBound
        while start > range.lowerBound, range.upperBound - start < 6,
              tokens[start - 1].isWord || tokens[start - 1].kind == .number,
              determiners.contains(tokens[start - 1].lower) || !tokens[start - 1].lexical.contains(.nonName),
              !clauseWords.contains(tokens[start - 1].lower) { start -= 1 }
        guard start < range.upperBound, tokens[range.upperBound - 1].isWord else { return nil }
        let run = tokens[start..<range.upperBound]
        let words = run.map(\.lower)
        guard nounPhrase else { return SpeakerPhrase(tokens: start..<range.upperBound, kind: .role, name: nil, titleWords: words) }
        // A noun phrase, not a verb phrase or an adverb: no verb form or "-ing"/"-ly" word in
        // it, opened by a determiner, a number or a capital, or a lone plural ("experts").
        guard !words.contains(where: { lexicon.cueForms[$0] != nil || ($0.count > 4 && ($0.hasSuffix("ing") || $0.hasSuffix("ly"))) }),
              let first = run.first, let last = words.last, !determiners.contains(last) else { return nil }
        let opens = determiners.contains(first.lower) || first.kind == .number || first.isCapitalized
            || (words.count == 1 && last.hasSuffix("s") && last.count > 3)
        guard opens else { return nil }
        // Where the noun phrase stops: at an adverb ("Mr. Lee often"), a contraction ("Ann Lee
        // isn't"), a pronoun with words after it ("he does"), or a lowercase word after a name
        // ("Lee avoids", "Lee cited derogatory"), the verb after its subject. What comes before
        // is the speaker when it parses; the run is no speaker when nothing does.
        var stop: Int?
        for k in run.indices {
            let t = tokens[k]
            // Over scalars: Foundation's `contains` bridges every token to an NSString.
            let apostrophe = t.text.unicodeScalars.contains { $0 == "'" || $0 == "’" }
            if Self.adverbs.contains(t.lower) || (apostrophe && (t.lower.hasSuffix("n’t") || t.lower.hasSuffix("n't") || !t.lower.hasSuffix("s"))) {
                stop = k; break
            }
            if k < run.endIndex - 1, lexicon.pronouns[t.lower] != nil { stop = k + 1; break }
            if k + 1 < run.endIndex, t.isCapitalized, !determiners.contains(t.lower), !t.lexical.contains(.title),
               !tokens[k + 1].isCapitalized, !tokens[k + 1].lexical.contains(.title), tokens[k + 1].kind == .word,
               !t.lower.hasSuffix("’s"), !t.lower.hasSuffix("'s") {
                stop = k + 1; break
            }
        }
        if let stop {
            guard stop > start, let p = parse(tokens, start..<stop, lexicon: lexicon) else { return nil }
            return p
        }
        return SpeakerPhrase(tokens: start..<range.upperBound, kind: .role, name: nil, titleWords: words)
    }

    /// The longest phrase that ends right before `end` and starts no earlier than `floor`.
    public static func ending(before end: Int, floor: Int, in tokens: [Token], lexicon: Lexicon) -> SpeakerPhrase? {
        var best: SpeakerPhrase?
        var start = end - 1
        while start >= max(floor, end - 12) {
            if let p = parse(tokens, start..<end, lexicon: lexicon) { best = p }
            else if !tokens[start].isWord { break }
            start -= 1
        }
        return best
    }

    /// The longest phrase that starts at `start` and ends no later than `ceiling`. Not "it":
    /// after a verb ("saying it shows") it is the subject of the clause reported.
    public static func starting(at start: Int, ceiling: Int, in tokens: [Token], lexicon: Lexicon) -> SpeakerPhrase? {
        if start < ceiling, lexicon.pronouns[tokens[start].lower] == "thing" { return nil }
        var best: SpeakerPhrase?
        var end = start + 1
        while end <= min(ceiling, start + 12) {
            if let p = parse(tokens, start..<end, lexicon: lexicon) { best = p }
            else if !tokens[end - 1].isWord { break }
            end += 1
        }
        return best
    }
}
