import DictaCore
import DictaText

extension Rules {
    /// Reported speech in sentences the direct quotes did not claim.
    func reportedSpeech(excluding found: [Candidate]) -> [Candidate] {
        var claimed = Set<Int>()
        for c in found where c.kind == .direct || c.kind == .mixed {
            for r in c.content { claimed.formUnion((r.lowerBound - 1)...(r.upperBound)) }
            if let cue = c.cue { claimed.formUnion(cue.tokens) }
        }
        var out: [Candidate] = []
        for sentence in doc.sentences {
            var e = sentence.upperBound
            while e > sentence.lowerBound, Self.sentenceEnds.contains(toks[e - 1].text) || toks[e - 1].closesQuote && !isClosingOwnQuote(e - 1, sentence) { e -= 1 }
            let body = sentence.lowerBound..<e
            guard body.count >= 5 else { continue }
            guard var c = parentheticalAttribution(body) ?? trailingAttribution(body) ?? leadingAttribution(body) else { continue }
            // Content that is mostly a direct quotation already found is not reported speech.
            let content = c.content[0].lowerBound..<c.content[c.content.count - 1].upperBound
            let overlap = content.filter { claimed.contains($0) }.count
            if overlap * 2 > content.count { continue }
            if let cue = c.cue, cue.tokens.contains(where: { claimed.contains($0) }) { continue }
            // Quoted words inside the reported clause are the speaker's: the clause is mixed.
            c.quoted = pairs(openingIn: content).filter { !claimed.contains($0.open + 1) }
                .map { ($0.open + 1)..<$0.contentEnd(doc.paragraphs) }
                .filter { wordCount($0) > 0 && $0.upperBound <= content.upperBound && !looksLikeTitle($0, fragment: true) }
                // A short term inside a clause its cue follows is the writer's scare quote
                // (`The minister's "plan" will fail, Varga said`), unless it ends the clause,
                // right before the cue (`raises "great suspicion," Varga said`).
                .filter { r in
                    guard wordCount(r) <= options.scareQuoteMaxWords, let cue = c.cue, cue.tokens.lowerBound > r.upperBound else { return true }
                    return r.upperBound + 2 >= content.upperBound
                }
            if !c.quoted.isEmpty { c.kind = .mixed }
            out.append(c)
        }
        return out
    }

    /// The quotation pairs that open inside `range`, found by binary search: pairs are in text
    /// order, and asking every sentence about every pair made long texts quadratic.
    func pairs(openingIn range: Range<Int>) -> ArraySlice<QuotePair> {
        func first(from token: Int) -> Int {
            var lo = 0, hi = pairs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pairs[mid].open < token { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        let a = first(from: range.lowerBound)
        return pairs[a..<max(a, first(from: range.upperBound))]
    }

    /// A closing mark whose opening mark is in the same sentence body (part of the content).
    func isClosingOwnQuote(_ i: Int, _ sentence: Range<Int>) -> Bool {
        pairs(openingIn: sentence).contains { $0.close == i }
    }

    /// Words inside quotation marks within `range`.
    func quotedWords(in range: Range<Int>) -> Int {
        pairs(openingIn: range).map { wordCount(($0.open + 1)..<$0.contentEnd(doc.paragraphs)) }.max() ?? 0
    }

    /// `CONTENT, X said [when].` / `CONTENT, said X.` / `CONTENT, according to X.`
    func trailingAttribution(_ body: Range<Int>) -> Candidate? {
        for k in stride(from: body.upperBound - 2, through: body.lowerBound + 3, by: -1) where toks[k].text == "," {
            let rest = (k + 1)..<body.upperBound
            let content = body.lowerBound..<k
            guard wordCount(content) >= 3, !toks[body.lowerBound].opensQuote || quotedWords(in: content) < wordCount(content) - 1 else { continue }
            if let cue = speechCues.cue(at: rest.lowerBound, in: toks), !Self.weakCues.contains(cue.lemma),
               !(cue.learned && toks[content].contains(where: \.isQuote)) {
                if let np = SpeakerPhrase.starting(at: cue.tokens.upperBound, ceiling: rest.upperBound, in: toks, lexicon: lexicon),
                   endsInvertedCredit(np, cue: cue, rest: rest) {
                    return Candidate(kind: .indirect, content: [content], cue: cue, speaker: np, confidence: 0.75)
                }
                // `…, according to the organizers.`: whatever the source, it is the rest of the
                // sentence (up to a comma).
                if cue.lemma == "according to",
                   let np = creditDescription(cue.tokens.upperBound..<((cue.tokens.upperBound..<rest.upperBound).first { toks[$0].text == "," } ?? rest.upperBound), maxWords: 8) {
                    return described(Candidate(kind: .indirect, content: [content], cue: cue, speaker: np, confidence: 0.75))
                }
                continue
            }
            for m in (rest.lowerBound + 1)..<min(rest.lowerBound + 13, rest.upperBound) {
                guard let cue = speechCues.cue(at: m, in: toks), !Self.weakCues.contains(cue.lemma), cue.lemma != "according to",
                      !(cue.learned && toks[content].contains(where: \.isQuote)) else { continue }
                var tail = cue.tokens.upperBound..<rest.upperBound
                // `…, Varga told The Associated Press on Thursday.`: "told" takes whom it told
                // first, a short noun phrase, and the adverbial may follow.
                if cue.lemma == "tell" {
                    var k = tail.lowerBound
                    while k < min(tail.lowerBound + 6, tail.upperBound), toks[k].isWord,
                          !Self.creditAdverbials.contains(toks[k].lower), !Self.timeWords.contains(toks[k].lower),
                          toks[k].lower != "that", lexicon.cueForms[toks[k].lower] == nil { k += 1 }
                    if k > tail.lowerBound, k == tail.upperBound || toks[k].text == "," || Self.creditAdverbials.contains(toks[k].lower)
                        || Self.timeWords.contains(toks[k].lower) { tail = k..<tail.upperBound }
                }
                guard tail.count <= options.maxTrailingWords,
                      !toks[tail].contains(where: { $0.lower == "that" || $0.isQuote || lexicon.cueForms[$0.lower] != nil }),
                      // What follows the cue is an adverbial ("Berg said on Friday"), not the
                      // clause it reports ("…, the president said Obamacare is failing").
                      tail.isEmpty || toks[tail.lowerBound].text == "," || Self.creditAdverbials.contains(toks[tail.lowerBound].lower)
                        || Self.timeWords.contains(toks[tail.lowerBound].lower),
                      let source = creditSource(rest.lowerBound..<cue.tokens.lowerBound)
                else { break }
                let c = Candidate(kind: .indirect, content: [content], cue: cue, speaker: source.phrase, confidence: 0.75)
                return source.described ? described(c) : c
            }
        }
        return nil
    }

    /// The words of a credit that no speaker phrase takes ("police", "a source", "attorneys for
    /// the family", "the organizers"): its place between the content's comma and the cue (or
    /// after "according to", to the sentence's end) makes them the source, so any short run of
    /// words will do that holds no verb, clause word or quotation.
    func creditDescription(_ range: Range<Int>, maxWords: Int) -> SpeakerPhrase? {
        guard (1...maxWords).contains(range.count), let last = range.last,
              toks[range].allSatisfy({ ($0.isWord || $0.kind == .number) && !SpeakerPhrase.clauseWords.contains($0.lower)
                  && lexicon.cueForms[$0.lower] == nil && lexicon.pronouns[$0.lower] == nil }),
              toks[last].isWord, !SpeakerPhrase.determiners.contains(toks[last].lower) else { return nil }
        return SpeakerPhrase(tokens: range, kind: .role, name: nil, titleWords: toks[range].map(\.lower))
    }

    /// The source of a trailing credit: a speaker phrase, a name with its party tag, or else
    /// a description or two phrases joined by "and" (`described`).
    func creditSource(_ range: Range<Int>) -> (phrase: SpeakerPhrase, described: Bool)? {
        if let p = SpeakerPhrase.parse(toks, range, lexicon: lexicon) ?? taggedName(range) { return (p, false) }
        if let p = creditDescription(range, maxWords: 6) ?? coordinated(range) { return (p, true) }
        return nil
    }

    /// A credit whose source is a description, under a figure of its own rather than the
    /// unnamed speakers' 0.5: such credits are right far more often (on PolNeAR train 72 % of
    /// 185, against 51 %), and their own figure lets ``RuleCalibration`` measure them apart.
    func described(_ c: Candidate) -> Candidate {
        var c = c
        c.confidence = Self.creditDescriptionConfidence
        c.measured = true
        return c
    }

    static let creditDescriptionConfidence = 0.72

    /// `Lee and Varga`: two speaker phrases joined by "and", one source that names no single
    /// person.
    func coordinated(_ range: Range<Int>) -> SpeakerPhrase? {
        guard range.count <= 10, let and = range.first(where: { toks[$0].lower == "and" }), and > range.lowerBound,
              SpeakerPhrase.parse(toks, range.lowerBound..<and, lexicon: lexicon) != nil,
              SpeakerPhrase.parse(toks, (and + 1)..<range.upperBound, lexicon: lexicon) != nil else { return nil }
        return SpeakerPhrase(tokens: range, kind: .role, name: nil, titleWords: toks[range].map(\.lower))
    }

    /// `Sen. Ann Lee (R-Lund)`: a name and its party or place tag in parentheses, the whole
    /// words before the cue.
    func taggedName(_ range: Range<Int>) -> SpeakerPhrase? {
        guard let open = range.first(where: { toks[$0].text == "(" }), open > range.lowerBound,
              toks[range.upperBound - 1].text == ")", range.upperBound - open <= 8,
              let np = SpeakerPhrase.parse(toks, range.lowerBound..<open, lexicon: lexicon), case .name = np.kind else { return nil }
        return np
    }

    /// A subject with modifiers that no phrase takes whole ("Experts on North Korea and
    /// nuclear nonproliferation said", "Those close to him say"): its first noun phrase, when
    /// the run to a lexicon cue holds no comma, verb or clause word, only words, "and" and
    /// prepositions.
    func modifiedSubject(_ subject: Range<Int>, cue: CueMatch) -> SpeakerPhrase? {
        guard !cue.learned, (2...10).contains(subject.count), !isParticiple(cue.tokens.upperBound - 1),
              toks[subject].allSatisfy({ $0.isWord && lexicon.cueForms[$0.lower] == nil && !["that", "which", "who", "when", "if", "because", "while", "but", "or"].contains($0.lower) && !$0.lower.hasSuffix("ly") }),
              let np = SpeakerPhrase.starting(at: subject.lowerBound, ceiling: subject.upperBound, in: toks, lexicon: lexicon),
              np.tokens.upperBound < subject.upperBound,
              ["of", "on", "in", "at", "for", "from", "with", "close", "and", "around", "across"].contains(toks[np.tokens.upperBound].lower)
        else { return nil }
        if case .pronoun(let k) = np.kind, k == "thing" { return nil }
        return np
    }

    /// Whether the speaker after an inverted cue (`CONTENT, said X.`, `CONTENT, according to
    /// X.`) ends the credit: at the sentence's end, before a comma or parenthesis, or before a
    /// short adverbial ("said Berg on Friday"). Otherwise the words after the cue are a clause
    /// of their own (`Ann Lee, a lawyer, said the plan failed`: "the plan" is no speaker), and
    /// the cue leads the sentence instead. "according to" also takes what follows its source
    /// in lowercase ("according to a poll released Monday").
    func endsInvertedCredit(_ np: SpeakerPhrase, cue: CueMatch, rest: Range<Int>) -> Bool {
        let tail = np.tokens.upperBound..<rest.upperBound
        guard let first = tail.first.map({ toks[$0] }) else { return true }
        if [",", "(", "—", "–"].contains(first.text) { return true }
        if cue.lemma == "according to" { return !(first.isWord && first.isCapitalized) }
        return tail.count <= 8 && Self.creditAdverbials.contains(first.lower)
            && !toks[tail].contains(where: { $0.lower == "that" || $0.isQuote || lexicon.cueForms[$0.lower] != nil })
    }

    /// Words that open an adverbial after a credit ("said Berg on Friday", "… in an interview").
    static let creditAdverbials: Set<String> = ["in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later",
                                               "yesterday", "today", "tonight", "by", "from", "via", "while", "when", "as"]

    static let timeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                        "tomorrow", "recently", "previously", "again", "repeatedly", "publicly", "privately",
                                        "late", "early", "once", "then", "now", "also", "too", "afterward", "afterwards"]

    /// `CONTENT, X [often] says, CONTENT.`: the attribution set off by commas inside the
    /// statement, which is both parts.
    func parentheticalAttribution(_ body: Range<Int>) -> Candidate? {
        for open in body.dropFirst(1) where toks[open].text == "," {
            var m = open + 1
            while m < min(open + 12, body.upperBound), speechCues.cue(at: m, in: toks) == nil { m += 1 }
            guard m < body.upperBound, let cue = speechCues.cue(at: m, in: toks), !Self.weakCues.contains(cue.lemma),
                  cue.lemma != "according to", cue.tokens.lowerBound > open + 1 else { continue }
            // The cue, a few words of time or place, then the closing comma.
            guard let close = (cue.tokens.upperBound..<min(cue.tokens.upperBound + 4, body.upperBound)).first(where: { toks[$0].text == "," }),
                  !toks[cue.tokens.upperBound..<close].contains(where: { !$0.isWord }) else { continue }
            var subject = (open + 1)..<cue.tokens.lowerBound
            // "…, as one of her advisers pointed out, …"
            if toks[subject.lowerBound].lower == "as", subject.count > 1 { subject = (subject.lowerBound + 1)..<subject.upperBound }
            while subject.count > 1, SpeakerPhrase.adverbs.contains(toks[subject.upperBound - 1].lower) { subject = subject.lowerBound..<(subject.upperBound - 1) }
            // Set off by commas right before its cue, any short description is the source
            // ("…, as one of Mr. Lee's climate advisers pointed out, …").
            guard let np = SpeakerPhrase.parse(toks, subject, lexicon: lexicon) ?? creditDescription(subject, maxWords: 10) else { continue }
            let before = body.lowerBound..<open, after = (close + 1)..<body.upperBound
            // One word before the aside will do ("Hawaii, as …, normally does not …").
            guard wordCount(before) >= 1, wordCount(after) >= 2, wordCount(before) + wordCount(after) >= 4 else { continue }
            return Candidate(kind: .indirect, content: [before, after], cue: cue, speaker: np, confidence: 0.75)
        }
        return nil
    }

    /// `[Intro,] X said [that] CONTENT.` / `According to X, CONTENT.`
    func leadingAttribution(_ body: Range<Int>) -> Candidate? {
        var starts = [body.lowerBound]
        for k in body.lowerBound..<min(body.lowerBound + 8, body.upperBound) where toks[k].text == "," { starts.append(k + 1) }
        for st in starts where st < body.upperBound {
            if let cue = speechCues.cue(at: st, in: toks), cue.lemma == "according to" {
                guard let comma = (cue.tokens.upperBound..<body.upperBound).first(where: { toks[$0].text == "," }) else { continue }
                let parsed = SpeakerPhrase.parse(toks, cue.tokens.upperBound..<comma, lexicon: lexicon)
                guard let np = parsed ?? creditDescription(cue.tokens.upperBound..<comma, maxWords: 8) else { continue }
                let content = (comma + 1)..<body.upperBound
                guard wordCount(content) >= 4 else { continue }
                let c = Candidate(kind: .indirect, content: [content], cue: cue, speaker: np, confidence: 0.7)
                return parsed == nil ? described(c) : c
            }
            for m in (st + 1)..<min(st + 30, body.upperBound) {
                guard let cue = speechCues.cue(at: m, in: toks) else {
                    // The subject ends at the first cue; a clause boundary before it ends the search.
                    if [";", ":"].contains(toks[m].text) || toks[m].isQuote { break }
                    continue
                }
                // A bare participle ("a wife pleading for his life came as …") is no finite
                // reporting verb: the statement's cue, if any, comes later.
                if cue.tokens.count == 1, isParticiple(m) { continue }
                let subject = st..<cue.tokens.lowerBound
                // The words before the cue are its subject, whether or not the lexicon knows them
                // ("Many lawmakers say", "The Tulsa police chief said").
                guard !Self.weakCues.contains(cue.lemma), cue.lemma != "according to",
                      let np = SpeakerPhrase.parse(toks, subject, lexicon: lexicon)
                        ?? appositiveName(subject)
                        ?? SpeakerPhrase.lenient(toks, subject, lexicon: lexicon, nounPhrase: true)
                        ?? modifiedSubject(subject, cue: cue) else { break }
                var c = cue.tokens.upperBound
                // "told reporters that …": skip a short object before "that". The content is
                // the reported clause with its "that", as PolNeAR annotates it (1,895 of 1,904
                // train contents after a "that" keep it).
                if let that = (c..<min(c + 5, body.upperBound)).first(where: { toks[$0].lower == "that" }),
                   !toks[c..<that].contains(where: { !$0.isWord }) {
                    c = that
                } else if c < body.upperBound, [":", ","].contains(toks[c].text) {
                    c += 1
                }
                // The learned start, where there is one (the rule above without a model).
                c = contentStart(after: cue, body: body, fallback: c)
                guard c < body.upperBound else { break }
                let content = c..<contentEnd(from: c, body: body, cue: cue)
                guard wordCount(content) >= 4, !toks[c].opensQuote else { break }
                // A cue of the learned model's alone whose clause holds a quotation is not the
                // quotation's: its own cue comes later (`Other leaders used blunt language to
                // denounce what Anna Berg called the tests "reckless"`).
                if cue.learned, toks[content].contains(where: \.isQuote) { continue }
                return Candidate(kind: .indirect, content: [content], cue: cue, speaker: np, confidence: 0.7)
            }
        }
        return nil
    }
}
