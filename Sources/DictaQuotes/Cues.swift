import DictaText

/// A reporting cue found in the token stream.
struct CueMatch {
    /// Tokens of the cue, auxiliaries included ("had told", "according to").
    let tokens: Range<Int>
    let lemma: String
    /// Found by the learned model only, not the lexicon.
    var learned = false
}

/// Finds reporting cues: a reporting verb (with a preceding auxiliary) or "according to".
struct Cues {
    let lexicon: Lexicon
    /// Each token's reporting-verb lemma, looked up once: the rules ask about the same tokens
    /// from many places.
    let lemmas: [String?]
    /// Tokens that are cues by the learned model only.
    let learnedOnly: Set<Int>

    init(lexicon: Lexicon, tokens: [Token], learned: [Double]? = nil) {
        self.lexicon = lexicon
        // The tokenizer flagged the cue forms: only those are looked up.
        var lemmas = tokens.map { $0.lexical.contains(.cue) ? lexicon.cueForms[$0.lower] : nil }
        var learnedOnly = Set<Int>()
        // Rules and model split the work here: the lexicon names the usual reporting verbs; for
        // reported speech without quotation marks the learned model (``CueModel``, PolNeAR
        // train) adds the long tail it finds in context ("mocked", "questioned", "blasted")
        // and takes back lexicon words that context says are no cue. Quotation marks and the
        // sentence patterns stay rules (they measure better: direct joint 87.8 on PolNeAR dev);
        // where content after a cue ends is the ``ContentEnds`` model's; statements anchored at
        // a cue inside a clause are proposed by rules and kept by the accept model
        // (``Rules/anchoredSpeech(excluding:decide:)``). Thresholds chosen on PolNeAR dev.
        if let learned {
            for i in tokens.indices where i < learned.count {
                if lemmas[i] == nil, learned[i] >= Self.addAt { lemmas[i] = tokens[i].lower; learnedOnly.insert(i) }
                else if lemmas[i] != nil, learned[i] < Self.dropBelow { lemmas[i] = nil }
            }
        }
        self.lemmas = lemmas
        self.learnedOnly = learnedOnly
    }

    /// A word the lexicon lacks is a cue from this probability on. Chosen on PolNeAR dev: at
    /// 0.6 joint 60.2 and soft 65.2, at 0.5 joint 60.2 and soft 65.1 with more statements
    /// about actions ("Russia has imposed an embargo").
    static let addAt = 0.6
    /// A lexicon word is no cue below this probability.
    static let dropBelow = 0.05

    static let auxiliaries: Set<String> = ["has", "have", "had", "was", "were", "is", "will", "would", "did", "also", "later", "then"]

    /// The cue whose verb stands at `i`, if any.
    func cue(at i: Int, in tokens: [Token]) -> CueMatch? {
        let t = tokens[i]
        guard t.isWord else { return nil }
        if t.lower == "according", i + 1 < tokens.count, tokens[i + 1].lower == "to" {
            return CueMatch(tokens: i..<(i + 2), lemma: "according to")
        }
        guard let lemma = i < lemmas.count ? lemmas[i] : lexicon.cueForms[t.lower] else { return nil }
        // A capitalised form after a capitalised word is part of a name ("the United States").
        if t.isCapitalized, i > 0, tokens[i - 1].isCapitalized { return nil }
        var start = i
        while start > 0, Self.auxiliaries.contains(tokens[start - 1].lower), i - start < 2 { start -= 1 }
        return CueMatch(tokens: start..<(i + 1), lemma: lemma, learned: learnedOnly.contains(i))
    }
}
