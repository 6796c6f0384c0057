import DictaCore
import DictaText

/// The attribution rules, over one article's tokens. Each returns ``Candidate``s; nothing here
/// resolves who a speaker is.
struct Rules {
    let doc: AnnotatedArticle
    let lexicon: Lexicon
    let options: QuoteFinder.Options
    let pairs: [QuotePair]
    let cues: Cues
    /// The cues of reported speech without quotation marks: the lexicon's and the model's.
    let speechCues: Cues
    /// The cue model's probability for each token (empty without a model).
    let cueProbabilities: [Double]
    var toks: [Token] { doc.tokens }

    let models: QuoteFinder.Models

    /// `cueProbabilities`: the cue model's, when the caller has them (training scores each
    /// article with a model that did not see it).
    init(doc: AnnotatedArticle, lexicon: Lexicon, options: QuoteFinder.Options, pairs: [QuotePair],
         models: QuoteFinder.Models = .shipped, cueProbabilities: [Double]? = nil) {
        self.doc = doc
        self.lexicon = lexicon
        self.options = options
        self.pairs = pairs
        self.models = models
        self.cues = Cues(lexicon: lexicon, tokens: doc.tokens)
        let p = cueProbabilities ?? models.cue?.probabilities(doc, lexicon: lexicon)
        self.cueProbabilities = p ?? []
        self.speechCues = Cues(lexicon: lexicon, tokens: doc.tokens, learned: p)
    }

    static let weakCues: Set<String> = ["speak"]
    static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "you", "it"]
    static let prepositions: Set<String> = ["of", "about", "on", "to", "with", "for", "at", "in"]
    static let sentenceEnds: Set<String> = [".", "!", "?", "…", ";"]

    func wordCount(_ r: Range<Int>) -> Int { toks[r].filter { $0.isWord || $0.kind == .number }.count }

    /// The "-ing" form of a reporting verb ("saying", "adding"): no finite verb of its own.
    func isParticiple(_ i: Int) -> Bool { toks[i].lower.hasSuffix("ing") }

    // MARK: direct and partial quotes

    mutating func directQuotes() -> [Candidate] {
        var out: [Candidate] = []
        var k = 0
        while k < pairs.count {
            let pair = pairs[k]
            let para = doc.paragraphs[pair.paragraph]
            let content = (pair.open + 1)..<pair.contentEnd(doc.paragraphs)
            guard wordCount(content) > 0 else { k += 1; continue }
            let sentence = sentenceRange(of: pair.open)
            // "Parasite", “The Case for Colonialism”, "Mrs Maisel": titles and names in marks.
            if looksLikeTitle(content, fragment: pair.open > sentence.lowerBound) { k += 1; continue }
            let prevClose = k > 0 && pairs[k - 1].paragraph == pair.paragraph ? (pairs[k - 1].close ?? pair.open) + 1 : para.lowerBound
            let nextOpen = k + 1 < pairs.count && pairs[k + 1].paragraph == pair.paragraph ? pairs[k + 1].open : para.upperBound
            let prefix = prevClose..<pair.open
            let suffixStart = (pair.close ?? content.upperBound - 1) + 1
            let suffix = suffixStart..<max(suffixStart, nextOpen)

            let lead = max(prefix.lowerBound, sentence.lowerBound)..<pair.open
            // `Peabody said: "…", adding that …`: a cue and a colon right before the marks
            // introduce the quotation, unless a speaker is named after it (`Lee scolded him:
            // "…" she said`). After a colon the lead is no clause holding the quoted words.
            let trailing = attributionAfter(suffix, closing: content)
            let colonLead = pair.open > prefix.lowerBound && toks[pair.open - 1].text == ":"
            if wordCount(lead) == 0, let c = transcriptLine(content) {
                out.append(c)
            } else if !colonLead, var c = trailing, wordCount(lead) > 0, pair.close != nil {
                // `The union will fight "until the last ship leaves", Berg said.`: a quoted
                // fragment inside reported speech; the statement is the whole clause.
                c.kind = .mixed
                c.content = [lead.lowerBound..<(pair.close! + 1)]
                c.quoted = [content]
                c.confidence = 0.75
                out.append(c)
            } else if var c = colonLead && trailing?.speaker == nil ? attributionBefore(prefix) ?? trailing : trailing ?? attributionBefore(prefix) {
                c.content = [content]
                if let cue = c.cue, cue.tokens.upperBound <= pair.open, !colonLead, let close = pair.close,
                   close + 1 < min(sentence.upperBound, suffix.upperBound),
                   wordCount((close + 1)..<min(sentence.upperBound, suffix.upperBound)) >= 2 {
                    // `he said "budget reforms" and unpaid taxes would pay for it`: the quoted
                    // words are a fragment of the clause the cue reports, which goes on after them.
                    var from = cue.tokens.upperBound
                    while from < pair.open, [",", ":"].contains(toks[from].lower) { from += 1 }
                    var end = sentence.upperBound
                    while end > close + 1, Self.sentenceEnds.contains(toks[end - 1].text) { end -= 1 }
                    c.kind = .mixed
                    c.content = [from..<end]
                    c.quoted = [content]
                    c.confidence = 0.75
                    out.append(c)
                    k += 1
                    continue
                }
                // "…," he said, "…" — the same statement goes on in the next pair.
                if k + 1 < pairs.count, pairs[k + 1].paragraph == pair.paragraph, let cue = c.cue,
                   cue.tokens.lowerBound > content.upperBound, endsWithComma(suffix, after: cue),
                   wordCount(suffix) <= 8 {
                    let next = pairs[k + 1]
                    c.content.append((next.open + 1)..<next.contentEnd(doc.paragraphs))
                    k += 1
                }
                out.append(c)
            } else if wordCount(lead) > 0 {
                // Embedded in a sentence: a partial quote if the sentence's subject speaks.
                if let c = partialQuote(pair, content) {
                    out.append(c)
                } else if wordCount(content) > options.scareQuoteMaxWords {
                    // Quoted words with no cue of their own are still someone's words: the
                    // person the passage is about says them (resolved when written).
                    // The subject of the sentence, if it opens with one, says them ("Trump
                    // tweeted on Friday, asking “where do we go from here?”").
                    out.append(Candidate(kind: .mixed, content: [content], quoted: [content], cue: nil,
                                         speaker: sentenceSubject(sentence, before: pair.open), confidence: 0.4))
                }
            } else if let last = out.indices.last, out[last].kind == .direct, out[last].cue != nil,
                      let prevPair = k > 0 ? pairs[k - 1] : nil, prevPair.paragraph == pair.paragraph,
                      out[last].content.last.map({ $0.upperBound == prevPair.contentEnd(doc.paragraphs) }) == true {
                // `"…," X said. "…"`: a quotation with no cue of its own right after an
                // attributed one in the same paragraph goes on with the same statement.
                out[last].content.append(content)
            } else if wordCount(content) > options.scareQuoteMaxWords {
                // A quotation standing alone: the previous paragraph may introduce it ("X said:")
                // or the previous quotation's speaker goes on.
                if var c = introducedByPreviousParagraph(pair.paragraph) {
                    c.content = [content]
                    out.append(c)
                } else {
                    // The previous statement's speaker goes on, or the passage's (when written).
                    out.append(Candidate(kind: .direct, content: [content], cue: nil, speaker: nil, confidence: 0.5))
                }
            }
            k += 1
        }
        return mergingFragments(out)
    }

    /// Quoted fragments of one sentence are one statement: `X said the state was "flattening
    /// the curve" but still enduring "great pain"` is one mixed clause with two fragments, not
    /// two statements with the same clause. The first speaker found is kept.
    func mergingFragments(_ found: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        for c in found {
            guard c.kind == .mixed, let first = c.quoted.first, let last = out.last, last.kind == .mixed,
                  let prev = last.quoted.last,
                  doc.sentenceIndex(ofToken: first.lowerBound) == doc.sentenceIndex(ofToken: prev.lowerBound)
            else { out.append(c); continue }
            var merged = last
            let lo = min(last.start, c.start), hi = max(last.content.last!.upperBound, c.content.last!.upperBound)
            merged.content = [lo..<hi]
            merged.quoted += c.quoted
            if merged.speaker == nil { merged.speaker = c.speaker; merged.cue = c.cue }
            out[out.count - 1] = merged
        }
        return out
    }

    static let titleSmallWords: Set<String> = ["of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "by", "with", "from", "or", "vs", "&"]

    /// Words in title case: a work, a show or a name in quotation marks, not a quotation. A
    /// single capitalised word counts only as a fragment inside a sentence ("Parasite" won);
    /// alone it may be a one-word answer ("Yes," she said).
    func looksLikeTitle(_ r: Range<Int>, fragment: Bool) -> Bool {
        let words = toks[r].filter { $0.isWord }
        guard !words.isEmpty, words.count <= 10,
              words.allSatisfy({ $0.isCapitalized || Self.titleSmallWords.contains($0.lower) }) else { return false }
        let capitalised = words.filter(\.isCapitalized).count
        return capitalised >= 2 || (fragment && capitalised == 1 && words.count == 1)
    }

    func sentenceRange(of token: Int) -> Range<Int> {
        doc.sentenceIndex(ofToken: token).map { doc.sentences[$0] } ?? token..<(token + 1)
    }

    func endsWithComma(_ suffix: Range<Int>, after cue: CueMatch) -> Bool {
        suffix.contains(where: { $0 >= cue.tokens.upperBound && toks[$0].text == "," })
            && !suffix.contains(where: { Self.sentenceEnds.contains(toks[$0].text) })
    }

    /// Words that open a subordinate clause: a cue after them (`"…" when he said`) reports
    /// that clause, not the quotation before it.
    static let subordinators: Set<String> = ["when", "because", "after", "before", "while", "if", "that", "which", "who",
                                              "since", "until", "although", "though", "whether", "where"]

    /// `"…," Shoigu said.` / `"…," said Shoigu.` / `"…," the minister stressed on Monday.`
    /// `closing`: the quoted words. When they end their own sentence (`"… him."`), a cue that
    /// goes on to report a clause (`She says it underscores …`) opens the next statement.
    func attributionAfter(_ suffix: Range<Int>, closing: Range<Int>? = nil) -> Candidate? {
        guard let c = quoteCredit(suffix) else { return nil }
        if let closing, !closing.isEmpty, toks[closing.upperBound - 1].text == ".", let cue = c.cue, cue.lemma != "—",
           cue.tokens.upperBound < suffix.upperBound {
            let after = (c.speaker.map { max($0.tokens.upperBound, cue.tokens.upperBound) } ?? cue.tokens.upperBound)..<suffix.upperBound
            let rest = after.prefix(while: { !Self.sentenceEnds.contains(toks[$0].text) })
            // The credit ends its sentence: with a clause or the next quotation after it, the
            // cue reports those.
            if rest.first.map({ toks[$0].lower == "that" || lexicon.pronouns[toks[$0].lower] != nil }) == true
                || wordCount(rest) > 3 || rest.upperBound == suffix.upperBound && !rest.isEmpty { return nil }
        }
        return c
    }

    func quoteCredit(_ suffix: Range<Int>) -> Candidate? {
        if let c = dashCredit(suffix) { return c }
        var s = suffix.lowerBound
        while s < suffix.upperBound, toks[s].text == "," || toks[s].text == "—" || toks[s].text == "–" { s += 1 }
        guard s < suffix.upperBound else { return nil }
        if let cue = cues.cue(at: s, in: toks), !Self.weakCues.contains(cue.lemma) {
            let np = SpeakerPhrase.starting(at: cue.tokens.upperBound, ceiling: suffix.upperBound, in: toks, lexicon: lexicon)
            // `"…," adding that …`: a participle with no subject of its own goes on with the
            // sentence's speaker; it does not attribute the quotation before it.
            if np == nil, isParticiple(s), s > suffix.lowerBound { return nil }
            return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: np == nil ? 0.5 : 0.95)
        }
        if Self.subordinators.contains(toks[s].lower) { return nil }
        var parens = 0
        // Far enough for a long appositive ("Ann Lee, a spokesperson for the school system, said").
        for m in (s + 1)..<min(s + 30, suffix.upperBound) {
            if toks[m].text == "(" { parens += 1 } else if toks[m].text == ")" { parens = max(0, parens - 1) }
            guard let cue = cues.cue(at: m, in: toks), !Self.weakCues.contains(cue.lemma) else {
                // A period inside a party tag ("(D-Wis.)", "R-Ky.,") ends no sentence.
                if parens == 0, Self.sentenceEnds.contains(toks[m].text),
                   !(toks[m].text == "." && m + 1 < suffix.upperBound && toks[m + 1].text == ",") { return nil }
                continue
            }
            var words = s..<cue.tokens.lowerBound
            // `"…," it further wrote`: an adverb between the subject and its cue.
            while words.count > 1, SpeakerPhrase.adverbs.contains(toks[words.upperBound - 1].lower) { words = words.lowerBound..<(words.upperBound - 1) }
            // `"…" for criminal behavior, she said`: an adjunct of the quoted words, then the
            // attribution after its comma.
            if Self.prepositions.contains(toks[s].lower),
               let comma = words.last(where: { toks[$0].text == "," }), comma > s, comma + 1 < words.upperBound,
               wordCount(s..<comma) <= 6,
               let np = SpeakerPhrase.parse(toks, (comma + 1)..<words.upperBound, lexicon: lexicon) {
                return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: 0.75)
            }
            if let np = SpeakerPhrase.parse(toks, words, lexicon: lexicon) {
                return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: 0.95)
            }
            // `"…" trying to keep us safe, says Ann Lee`: after a comma the cue comes first.
            if toks[cue.tokens.lowerBound - 1].text == ",", cue.lemma != "tell",
               let np = SpeakerPhrase.starting(at: cue.tokens.upperBound, ceiling: suffix.upperBound, in: toks, lexicon: lexicon) {
                return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: 0.8)
            }
            if let np = appositiveName(words) {
                return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: 0.85)
            }
            // Right after a closing mark, the words before a cue are its subject even when
            // they are not a phrase the parser knows ("Rep. Ann Lee (D-Wis.) said").
            guard let np = SpeakerPhrase.lenient(toks, words, lexicon: lexicon) else { return nil }
            // Across a comma only the name that opens the words is the subject: in `"plan"
            // will fail, Ann Lee said` the quotation is part of the statement, not said by her.
            if words.contains(where: { toks[$0].text == "," }), np.tokens.lowerBound != words.lowerBound { return nil }
            return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: 0.7)
        }
        return nil
    }

    /// A chain of appositives before a cue, each between commas, that holds a name: the name
    /// is the speaker (`Minister of Trade, Senator Ann Lee, said`, `Ann Lee, a lawyer in
    /// attendance, said`). The chain must open with a speaker phrase, so a clause before a
    /// comma (`"plan" will fail, Ann Lee said`) is not taken for an appositive.
    func appositiveName(_ words: Range<Int>) -> SpeakerPhrase? {
        var chunks: [Range<Int>] = []
        var start = words.lowerBound
        for i in words where toks[i].text == "," {
            if i > start { chunks.append(start..<i) }
            start = i + 1
        }
        if start < words.upperBound { chunks.append(start..<words.upperBound) }
        guard chunks.count >= 2, let first = chunks.first,
              let opener = SpeakerPhrase.parse(toks, first, lexicon: lexicon)
                ?? SpeakerPhrase.lenient(toks, first, lexicon: lexicon, nounPhrase: true) else { return nil }
        // `At a rally in Coral Springs, Florida, Clinton questioned …`: one bare capitalised word,
        // then a bare name right before the verb: the word ends a place, and the name is the
        // subject (an appositive describes; it is not a second bare name).
        func placeThenName(_ k: Int, _ np: SpeakerPhrase) -> SpeakerPhrase? {
            guard k == chunks.count - 2, chunks[k].count == 1, np.titleWords.isEmpty,
                  let last = SpeakerPhrase.parse(toks, chunks[k + 1], lexicon: lexicon), case .name = last.kind,
                  last.titleWords.isEmpty else { return nil }
            return last
        }
        if case .name = opener.kind, opener.tokens.lowerBound == words.lowerBound { return placeThenName(0, opener) ?? opener }
        for (k, chunk) in chunks.enumerated().dropFirst() {
            if let np = SpeakerPhrase.parse(toks, chunk, lexicon: lexicon), case .name = np.kind { return placeThenName(k, np) ?? np }
        }
        return nil
    }

    static let dashes: Set<String> = ["—", "–", "―", "-"]

    /// `"…" ― Ann Lee, mayor`: a quotation credited after a dash, with no verb.
    func dashCredit(_ suffix: Range<Int>) -> Candidate? {
        let d = suffix.lowerBound
        guard d < suffix.upperBound, Self.dashes.contains(toks[d].text),
              let np = SpeakerPhrase.starting(at: d + 1, ceiling: suffix.upperBound, in: toks, lexicon: lexicon),
              case .name = np.kind else { return nil }
        // The credit is the whole rest of the line ("― Ann Lee, mayor of Lund"), not a clause.
        let after = np.tokens.upperBound
        guard after == suffix.upperBound || [",", ".", "(", ";"].contains(toks[after].text) else { return nil }
        return Candidate(kind: .direct, content: [], cue: CueMatch(tokens: d..<(d + 1), lemma: "—"), speaker: np, confidence: 0.8)
    }

    /// `Shoigu said: "…"` / `He added, "…"` / `X told reporters that "…"` / `Lee scolded him: "…"`
    /// / `Said Lee: "…"`.
    func attributionBefore(_ prefix: Range<Int>) -> Candidate? {
        var e = prefix.upperBound
        while e > prefix.lowerBound, [":", ",", "that", "—"].contains(toks[e - 1].lower) { e -= 1 }
        guard e > prefix.lowerBound else { return nil }
        // The cue, or the cue and a short object ("told reporters").
        for m in stride(from: e - 1, through: max(prefix.lowerBound, e - 4), by: -1) {
            guard let cue = cues.cue(at: m, in: toks), !Self.weakCues.contains(cue.lemma) else { continue }
            let sentence = sentenceRange(of: m)
            let floor = max(prefix.lowerBound, sentence.lowerBound)
            // A cue of several words that begins before the prefix (or its sentence) belongs to
            // an earlier clause, not to this quotation (found by fuzzing: the range below ran
            // backwards).
            guard cue.tokens.lowerBound >= floor else { continue }
            // `Said Ellis: "…"`: the cue opens the sentence and its subject follows it.
            if cue.tokens.upperBound < e, cue.tokens.lowerBound == floor,
               let np = SpeakerPhrase.parse(toks, cue.tokens.upperBound..<e, lexicon: lexicon) {
                return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: 0.85)
            }
            let shortObject = e - cue.tokens.upperBound == 1 && Self.objectPronouns.contains(toks[e - 1].lower)
            // An adverb or a verb phrase before the cue ("She then urges him and repeatedly
            // says") is no speaker: the sentence's subject is.
            let np = SpeakerPhrase.ending(before: cue.tokens.lowerBound, floor: floor, in: toks, lexicon: lexicon)
                ?? coordinatedSubject(before: cue.tokens.lowerBound, floor: floor)
                ?? SpeakerPhrase.lenient(toks, floor..<cue.tokens.lowerBound, lexicon: lexicon, nounPhrase: true)
                ?? sentenceSubject(sentence, before: cue.tokens.lowerBound)
            guard let np, m == e - 1 || shortObject || cue.lemma == "tell" || cue.lemma == "according to" else { continue }
            return Candidate(kind: .direct, content: [], cue: cue, speaker: np, confidence: 0.85)
        }
        return nil
    }

    /// The quote is the tail of a paragraph's introduction: `… Shoigu said:` ⏎ `"…"`.
    func introducedByPreviousParagraph(_ p: Int) -> Candidate? {
        guard p > 0 else { return nil }
        let prev = doc.paragraphs[p - 1]
        guard let last = prev.last, toks[last].text == ":" else { return nil }
        if let c = attributionBefore(prev) { return c }
        // A line that only names who speaks next: "From Chairwoman Ann Lee:", "Ann Lee:".
        var from = prev.lowerBound
        if toks[from].lower == "from" { from += 1 }
        guard from < last, last - from <= 8,
              let np = SpeakerPhrase.parse(toks, from..<last, lexicon: lexicon), case .name = np.kind else { return nil }
        return Candidate(kind: .direct, content: [], cue: CueMatch(tokens: last..<(last + 1), lemma: ":"), speaker: np, confidence: 0.7)
    }

    /// `"WALLACE: Let's start…"`: a transcript turn in quotation marks, its speaker's name in
    /// capitals (or a name) and a colon before the words.
    func transcriptLine(_ content: Range<Int>) -> Candidate? {
        guard let colon = content.prefix(5).first(where: { toks[$0].text == ":" }), colon > content.lowerBound,
              colon + 1 < content.upperBound,
              toks[content.lowerBound..<colon].allSatisfy({ $0.isWord && $0.isCapitalized }),
              let np = SpeakerPhrase.parse(toks, content.lowerBound..<colon, lexicon: lexicon), case .name = np.kind,
              toks[content.lowerBound..<colon].allSatisfy({ $0.text == $0.text.uppercased() })
        else { return nil }
        return Candidate(kind: .direct, content: [(colon + 1)..<content.upperBound],
                         cue: CueMatch(tokens: colon..<(colon + 1), lemma: ":"), speaker: np, confidence: 0.8)
    }

    /// A quoted fragment in a sentence whose subject speaks before it.
    func partialQuote(_ pair: QuotePair, _ content: Range<Int>) -> Candidate? {
        let sentence = sentenceRange(of: pair.open)
        for m in sentence.lowerBound..<pair.open {
            // A cue of several words reaching back over the sentence start is not this sentence's.
            guard let cue = cues.cue(at: m, in: toks), cue.tokens.lowerBound >= sentence.lowerBound else { continue }
            // `X granted an extension, saying his "capital was less than expected"`: a participle
            // after a comma reports for the subject of the sentence.
            // So does one after a preposition ("made a point of saying", "ended by saying").
            let participle = cue.tokens.lowerBound > sentence.lowerBound && isParticiple(m)
                && [",", "of", "by", "after", "before", "while", "when", "in", "without"].contains(toks[cue.tokens.lowerBound - 1].lower)
            // `The commission says …`: a short noun phrase opening the sentence, known to the
            // lexicon or not.
            let opening = cue.tokens.lowerBound - sentence.lowerBound <= 4
                ? SpeakerPhrase.lenient(toks, sentence.lowerBound..<cue.tokens.lowerBound, lexicon: lexicon, nounPhrase: true) : nil
            if let np = subject(endingAt: cue.tokens.lowerBound, sentence: sentence) ?? appositiveSubject(sentence.lowerBound..<cue.tokens.lowerBound)
                ?? (participle ? sentenceSubject(sentence, before: cue.tokens.lowerBound) : nil)
                ?? opening.flatMap({ $0.tokens.lowerBound == sentence.lowerBound ? $0 : nil }) {
                // The statement is the clause the cue reports, quoted words and all: `X said
                // the bank had "lost its way" in the crisis.` A cue with a preposition (`spoke
                // of the need to talk "from a position of strength"`) reports no clause: the
                // quoted words are the statement.
                var from = cue.tokens.upperBound
                if from < pair.open, Self.prepositions.contains(toks[from].lower) {
                    return Candidate(kind: .mixed, content: [content], quoted: [content], cue: cue, speaker: np, confidence: 0.75)
                }
                // `The Hill pointed out, “…”`: the verb's particle and the punctuation before
                // the marks belong to no clause; the quotation alone is the statement.
                if from < pair.open, Self.verbParticles.contains(toks[from].lower) { from += 1 }
                while from < pair.open, [",", ":"].contains(toks[from].text) { from += 1 }
                if from == pair.open {
                    return Candidate(kind: .direct, content: [content], cue: cue, speaker: np, confidence: 0.85)
                }
                var end = sentence.upperBound
                while end > content.upperBound + 1, Self.sentenceEnds.contains(toks[end - 1].text) { end -= 1 }
                // Where the clause ends: the learned end among the boundaries after the quotation.
                let learnedEnd = (pair.close.map { $0 + 1 } ?? end) < end ? contentEnd(from: pair.close! , body: from..<end, cue: cue) : end
                let clause = from < pair.open && !toks[from..<pair.open].contains(where: { $0.text == ";" }) ? from..<max(learnedEnd, min(end, content.upperBound + 1)) : content
                return Candidate(kind: .mixed, content: [clause], quoted: [content], cue: cue, speaker: np, confidence: 0.75)
            }
        }
        return nil
    }

    /// Words that open a sentence before its subject ("And he said …").
    static let openingConjunctions: Set<String> = ["and", "but", "so", "yet", "or", "still", "then", "now", "also", "instead"]

    /// Particles of phrasal reporting verbs ("pointed out", "spoke up", "shot back").
    static let verbParticles: Set<String> = ["out", "up", "back", "off", "down"]

    /// The speaker phrase that opens `sentence` (or follows an opening phrase and its comma:
    /// "On Friday, Trump …") and is followed by a lowercase word, its verb.
    func sentenceSubject(_ sentence: Range<Int>, before limit: Int) -> SpeakerPhrase? {
        var starts = [sentence.lowerBound]
        // "And he made a point of saying …": after the conjunction that opens the sentence.
        if sentence.count > 2, Self.openingConjunctions.contains(toks[sentence.lowerBound].lower) { starts.append(sentence.lowerBound + 1) }
        // After an opening phrase and its comma ("Once in my 20s, when …, I laughed"), or after
        // a quotation that opens the sentence (`"…," Blige sings`).
        for k in sentence.lowerBound..<min(sentence.lowerBound + 30, limit) where toks[k].text == "," || toks[k].closesQuote {
            starts.append(k + 1)
        }
        for st in starts where st < limit {
            guard let np = SpeakerPhrase.starting(at: st, ceiling: limit, in: toks, lexicon: lexicon),
                  np.tokens.upperBound < limit, toks[np.tokens.upperBound].isWord, !toks[np.tokens.upperBound].isCapitalized
            else { continue }
            if case .pronoun(let k) = np.kind, k != "person", k != "self" { continue }
            return np
        }
        return nil
    }

    /// `Ann Lee, a lawyer from Lund, said …`: the words from the sentence start to the cue are a
    /// name and its appositives, set off by commas.
    func appositiveSubject(_ words: Range<Int>) -> SpeakerPhrase? {
        var end = words.upperBound
        while end > words.lowerBound, toks[end - 1].text == "," { end -= 1 }
        guard end < words.upperBound, end - words.lowerBound <= 30 else { return nil }
        return appositiveName(words.lowerBound..<end)
    }

    /// `I laughed and said`: the subject of a verb coordinated with the cue.
    func coordinatedSubject(before cue: Int, floor: Int) -> SpeakerPhrase? {
        guard cue - 2 > floor, toks[cue - 1].lower == "and", toks[cue - 2].isWord, !toks[cue - 2].isCapitalized else { return nil }
        return SpeakerPhrase.ending(before: cue - 2, floor: floor, in: toks, lexicon: lexicon)
    }

    /// Words that open an aside between a subject and its verb ("X, however, said", "X, for
    /// their part, argue").
    static let asides: Set<String> = ["however", "meanwhile", "though", "too", "also", "instead", "moreover", "nonetheless",
                                      "nevertheless", "likewise", "then", "now", "still", "meantime", "separately", "similarly",
                                      "in", "for", "at", "again", "later", "earlier", "previously", "recently", "today",
                                      "yesterday", "tonight", "initially", "finally", "ultimately", "privately", "publicly"]

    /// A speaker phrase that ends right before `end` and starts the sentence or follows a comma.
    func subject(endingAt end: Int, sentence: Range<Int>) -> SpeakerPhrase? {
        // `The two lawmakers, however, argue`: an aside set off by commas stands between the
        // subject and its verb.
        if end - 3 > sentence.lowerBound, toks[end - 1].text == "," {
            var k = end - 2
            while k > sentence.lowerBound, end - 1 - k <= 3, toks[k].isWord, !toks[k].isCapitalized { k -= 1 }
            if toks[k].text == ",", k < end - 2, Self.asides.contains(toks[k + 1].lower) {
                return subject(endingAt: k, sentence: sentence)
            }
        }
        var start = end - 1
        while start >= sentence.lowerBound, toks[start].isWord { start -= 1 }
        start += 1
        guard start < end else { return nil }
        for s in start..<end {
            // Capitals that open the sentence before the phrase qualify it ("Retired Lt. Gen.
            // Ann Lee", "Ohio Democratic Party Chairman Ann Lee").
            let opener = s == sentence.lowerBound || toks[s - 1].text == ","
                || (start == sentence.lowerBound && s - start <= 3 && toks[start..<s].allSatisfy(\.isCapitalized))
            if opener, let np = SpeakerPhrase.parse(toks, s..<end, lexicon: lexicon) { return np }
        }
        return nil
    }
}
