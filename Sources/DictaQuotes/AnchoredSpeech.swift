import DictaCore
import DictaText

extension Rules {
    /// Words after a cue that belong to it, not to its content ("complained about", "spoke of").
    static let cueParticles: Set<String> = ["about", "of", "for", "on", "against", "over", "with"]
    /// Words that end a subject when read backwards from a cue.
    static let subjectStops: Set<String> = [",", ";", ":", "that", "and", "but", "because", "while", "when", "if", "as"]
    /// A token is a candidate anchor from this cue probability on; the accept model decides.
    static let anchorFrom = 0.2
    /// Without an accept model, an anchored statement needs a cue this likely.
    static let anchorWithoutModel = 0.5
    /// The accept model's probability from which an anchored statement is kept. For a
    /// calibrated probability the F1-best threshold is half the F1 reached (about 0.30 here);
    /// lower thresholds find more but name the speaker right less often. Chosen on PolNeAR
    /// dev as the lowest that keeps identity above the 81.4 % floor: at 0.33 joint F1 is 60.2
    /// and identity 81.5 % (at 0.35: 59.9 and 81.7 %; at 0.30: 60.0 and 81.2 %).
    static let acceptFrom = 0.33

    /// Reported speech anchored at a cue anywhere in a sentence, for the cues the sentence
    /// rules (``reportedSpeech(excluding:)``) did not use: `SUBJECT CUE CONTENT` inside a
    /// clause ("…, Mr. Kamin, who emphasized that …", "He recently pitched himself").
    ///
    /// Rules propose (cue, content, subject); the learned accept model (``AnchoredFeatures``)
    /// says whether it is a statement, and its probability is the statement's confidence.
    /// `decide` replaces the model (training records the features there).
    func anchoredSpeech(excluding found: [Candidate], decide: ((Candidate, [String]) -> Double?)? = nil) -> [Candidate] {
        guard !cueProbabilities.isEmpty else { return [] }
        var claimed = Set<Int>()
        var reported: [Range<Int>] = []
        for c in found {
            if c.kind == .indirect { reported += c.content } else { for r in c.content { claimed.formUnion(r) } }
            if let cue = c.cue { claimed.formUnion(cue.tokens) }
            if let sp = c.speaker { claimed.formUnion(sp.tokens) }
        }
        let decide = decide ?? { c, f in
            guard let accept = models.accept else {
                return c.cue.map { cueProbabilities[$0.tokens.upperBound - 1] >= Self.anchorWithoutModel } == true ? 0.5 : nil
            }
            let p = accept.probability(f)
            return p >= Self.acceptFrom ? p : nil
        }
        let quoted = CueFeatures.insideQuotes(toks)
        var out: [Candidate] = []
        for sentence in doc.sentences {
            var e = sentence.upperBound
            while e > sentence.lowerBound, Self.sentenceEnds.contains(toks[e - 1].text) || toks[e - 1].isQuote { e -= 1 }
            let body = sentence.lowerBound..<e
            guard body.count >= 3 else { continue }
            for i in body where cueProbabilities[i] >= Self.anchorFrom && !claimed.contains(i) && !quoted[i] {
                guard var c = anchored(at: i, body: body, sentence: sentence) else { continue }
                let content = c.content[0]
                if content.contains(where: { claimed.contains($0) }) { continue }
                // Inside reported speech the sentence rules found: a statement of its own only
                // when it is not most of it.
                let nested = reported.contains { $0.overlaps(content) }
                if reported.contains(where: { r in r.overlaps(content) && 2 * r.clamped(to: content).count > min(r.count, content.count) && !(r.lowerBound < content.lowerBound) }) { continue }
                let features = AnchoredFeatures.of(c, probability: cueProbabilities[i], head: i, nested: nested, sentence: sentence, rules: self)
                guard let confidence = decide(c, features) else { continue }
                c.confidence = confidence
                c.learned = true
                out.append(c)
                claimed.formUnion(content)
                if let cue = c.cue { claimed.formUnion(cue.tokens) }
            }
        }
        return out
    }

    /// The statement whose cue head is token `i`: its content after the cue to the end the
    /// content-end model picks, its speaker the subject before it.
    func anchored(at i: Int, body: Range<Int>, sentence: Range<Int>) -> Candidate? {
        let cue = speechCues.cue(at: i, in: toks) ?? CueMatch(tokens: i..<(i + 1), lemma: toks[i].lower, learned: true)
        guard cue.lemma != "according to", !Self.weakCues.contains(cue.lemma) else { return nil }
        // The subject first: most tokens the cue model gives a chance have none, and the
        // content models need not run for them.
        guard let speaker = anchoredSubject(before: cue.tokens.lowerBound, sentence: sentence) else { return nil }
        var s = cue.tokens.upperBound
        guard s < body.upperBound else { return nil }
        if Self.cueParticles.contains(toks[s].lower) { s += 1 }
        else if Self.objectPronouns.contains(toks[s].lower), s + 1 < body.upperBound, ["to", "that"].contains(toks[s + 1].lower) { s += 1 }
        else if [":", ","].contains(toks[s].text) { s += 1 }
        s = contentStart(after: cue, body: body, fallback: s)
        guard s < body.upperBound else { return nil }
        let content = s..<contentEnd(from: s, body: body, cue: cue)
        guard wordCount(content) >= 1,
              // A lone object ("scolded him") is no content.
              !(content.count == 1 && Self.objectPronouns.contains(toks[s].lower)) else { return nil }
        // A cue and a colon before a quotation introduce it (`Berg scolded him: "…"`).
        if content.upperBound + 1 < toks.count, toks[content.upperBound].text == ":", toks[content.upperBound + 1].opensQuote { return nil }
        var c = Candidate(kind: .indirect, content: [content], cue: cue, speaker: speaker, confidence: 0.5)
        // Quoted words inside the clause are the speaker's: the statement is mixed. (A
        // quotation a rule already took is claimed, and the clause with it is not proposed.)
        c.quoted = pairs(openingIn: content).map { ($0.open + 1)..<$0.contentEnd(doc.paragraphs) }
            .filter { wordCount($0) > 0 && $0.upperBound <= content.upperBound }
        if !c.quoted.isEmpty { c.kind = .mixed }
        return c
    }

    /// The subject of a cue that starts at `cue`: the noun phrase right before it (adverbs
    /// skipped), the name a relative "who" stands for, or for a participle after a comma
    /// ("…, saying …") the sentence's subject. Failing a phrase that parses, the words back to
    /// the clause's start, as a description ("The Real Clear Politics average of polls").
    func anchoredSubject(before cue: Int, sentence: Range<Int>) -> SpeakerPhrase? {
        var end = cue
        while end > sentence.lowerBound, SpeakerPhrase.adverbs.contains(toks[end - 1].lower) { end -= 1 }
        guard end > sentence.lowerBound else { return nil }
        if ["who", "which"].contains(toks[end - 1].lower), end - 2 > sentence.lowerBound, toks[end - 2].text == "," {
            end -= 2
        } else if toks[end - 1].text == "," {
            return isParticiple(cue) ? sentenceSubject(sentence, before: cue) : nil
        }
        var floor = end - 1
        while floor > sentence.lowerBound, end - floor < 12, !Self.subjectStops.contains(toks[floor - 1].lower), !toks[floor - 1].isQuote { floor -= 1 }
        guard floor < end, toks[end - 1].isWord else { return nil }
        if let np = SpeakerPhrase.ending(before: end, floor: floor, in: toks, lexicon: lexicon)
            ?? SpeakerPhrase.lenient(toks, floor..<end, lexicon: lexicon, nounPhrase: true) { return np }
        while floor < end - 1, !toks[floor].isWord { floor += 1 }
        // The clause's subject, then its verbs before the cue ("Mr. Obama is also determined
        // to", "He repeatedly").
        for k in floor..<end {
            if let np = SpeakerPhrase.starting(at: k, ceiling: end, in: toks, lexicon: lexicon) { return np }
            if !toks[k].isWord { break }
        }
        // A short description that names no one ("Senate leaders"), not a verb phrase or an
        // adverb ("Initially reported").
        let run = toks[floor..<end]
        guard (2...4).contains(run.count), run.allSatisfy({ $0.isWord }),
              !run.contains(where: { lexicon.cueForms[$0.lower] != nil || lexicon.pronouns[$0.lower] != nil || $0.lower.hasSuffix("ly") || $0.lower.hasSuffix("ing") }),
              let last = run.last?.lower, !SpeakerPhrase.determiners.contains(last), !Self.prepositions.contains(last) else { return nil }
        return SpeakerPhrase(tokens: floor..<end, kind: .role, name: nil, titleWords: toks[floor..<end].map(\.lower))
    }
}

/// What the accept model sees of a statement anchored at a cue: how likely the cue is, its
/// word, what kind of subject and content it has, and where it stands.
enum AnchoredFeatures {
    static func of(_ c: Candidate, probability p: Double, head: Int, nested: Bool, sentence: Range<Int>, rules: Rules) -> [String] {
        let toks = rules.toks
        let content = c.content[0]
        func bucket(_ n: Int) -> String { n <= 2 ? String(n) : n <= 4 ? "3-4" : n <= 8 ? "5-8" : n <= 15 ? "9-15" : "16+" }
        let band = String(min(9, Int(p * 10)))
        var f = ["p=" + band, "w=" + toks[head].lower, "wp=" + toks[head].lower + "|" + (p >= 0.5 ? "hi" : "lo"),
                 "len=" + bucket(rules.wordCount(content)), "first=" + toks[content.lowerBound].lower,
                 "prev=" + (head > sentence.lowerBound ? toks[head - 1].lower : "<s>")]
        if let sp = c.speaker {
            let kind: String
            switch sp.kind {
            case .name: kind = "name"
            case .role: kind = sp.titleWords.count > 4 ? "longrole" : "role"
            case .pronoun(let k): kind = "pron-" + k
            }
            f += ["sp=" + kind, "spp=" + kind + "|" + band, "splen=" + bucket(sp.tokens.count)]
            if sp.tokens.upperBound < head - 3 { f.append("spfar") }
        }
        if nested { f.append("nested") }
        if toks[head].lexical.contains(.cue) { f.append("lex") }
        if rules.isParticiple(head) { f.append("ing") }
        if toks[head].isCapitalized { f.append("cap") }
        if content.upperBound == sentence.upperBound || content.upperBound + 1 >= sentence.upperBound { f.append("tosentend") }
        if head - sentence.lowerBound < 4 { f.append("early") }
        if toks[sentence].contains(where: \.isQuote) { f.append("sentquote") }
        return f
    }
}
