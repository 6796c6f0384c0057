import DictaText

/// What the cue model sees of a word token, as feature strings: the word and its
/// neighbours, its shape and suffix, what the lexicon says of it, what follows it ("that", a
/// quotation mark, a colon), and whether it stands inside quotation marks. The same function
/// makes training rows and predictions, so they cannot drift apart.
enum CueFeatures {
    /// Auxiliaries, modals and negations that open a cue without being its head ("has said",
    /// "did not deny", "is expected").
    static let notHeads: Set<String> = ["do", "does", "did", "don't", "doesn't", "didn't", "not", "n't", "never",
                                        "has", "have", "had", "hasn't", "haven't", "was", "were", "is", "are", "am", "be",
                                        "been", "being", "will", "would", "could", "should", "can", "may", "might", "must",
                                        "also", "to", "just", "still", "again", "repeatedly", "publicly", "later", "then"]

    /// Whether each token stands inside quotation marks.
    static func insideQuotes(_ tokens: [Token]) -> [Bool] {
        var inside = false
        return tokens.map { t in
            if t.opensQuote { inside = true; return false }
            if t.closesQuote { inside = false; return false }
            return inside
        }
    }

    /// The features of word token `i` in a sentence `sentence` (token range), as strings.
    static func of(_ i: Int, _ toks: [Token], sentence: Range<Int>, quoted: [Bool], lexicon: Lexicon) -> [String] {
        var sink = StringFeatures()
        emit(i, toks, sentence: sentence, quoted: quoted, lexicon: lexicon, into: &sink)
        return sink.features
    }

    /// The features of token `i`, given to `sink` in parts: scoring hashes the parts without
    /// building the strings (``KeyFeatures``), training joins them (``StringFeatures``).
    static func emit<S: FeatureSink>(_ i: Int, _ toks: [Token], sentence: Range<Int>, quoted: [Bool], lexicon: Lexicon, into f: inout S) {
        let t = toks[i]
        func word(_ j: Int) -> String {
            guard j >= sentence.lowerBound, j < sentence.upperBound else { return "<s>" }
            return toks[j].isQuote ? "<q>" : toks[j].lower
        }
        let w = t.lower, prev = word(i - 1), next = word(i + 1)
        f.add("w=", w); f.add("p1=", prev); f.add("n1=", next); f.add("p2=", word(i - 2)); f.add("n2=", word(i + 2))
        f.add("p1w=", prev, "|", w); f.add("wn1=", w, "|", next)
        f.add("suf3=", String(w.suffix(3))); f.add("suf2=", String(w.suffix(2)))
        // The word without its inflection, so that "argued", "argues" and "arguing" share
        // what the data says of each.
        f.add("stem=", stem(w))
        f.add(t.isCapitalized ? (i == sentence.lowerBound ? "shape=Cap0" : "shape=Cap") : "shape=low")
        if t.lexical.contains(.cue) { f.add("lex=cue"); f.add("lexlemma=", lexicon.cueForms[w] ?? w) }
        if t.lexical.contains(.role) { f.add("lex=role") }
        if t.lexical.contains(.nonName) { f.add("lex=nonname") }
        if lexicon.pronouns[prev] != nil { f.add("p1=PRON") }
        if i > sentence.lowerBound, toks[i - 1].isCapitalized, toks[i - 1].isWord { f.add("p1=NAME") }
        if notHeads.contains(prev) { f.add("p1=AUX") }
        // Who could be the subject: a name, a role or a pronoun in the few words before, with
        // no comma between (speakers say things; policies and numbers mostly do not).
        var j = i - 1
        while j >= max(sentence.lowerBound, i - 5), toks[j].isWord {
            if toks[j].lexical.contains(.role) { f.add("before=ROLE"); break }
            if toks[j].isCapitalized, j > sentence.lowerBound || !toks[j].lexical.contains(.nonName) { f.add("before=NAME"); break }
            if lexicon.pronouns[toks[j].lower] != nil { f.add("before=PRON"); break }
            j -= 1
        }
        if Self.nextClasses.contains(next) { f.add("n1class=", next) }
        if i < toks.count && quoted[i] { f.add("inquote") }
        let pos = i - sentence.lowerBound, len = sentence.count
        f.add(pos == 0 ? "pos=first" : pos < 4 ? "pos=early" : pos >= len - 3 ? "pos=late" : "pos=mid")
        if toks[sentence].contains(where: \.isQuote) { f.add("sentquote") }
        if notHeads.contains(w) { f.add("aux") }
    }

    /// `w` without a final "-ing", "-ed", "-es", "-s" or "-e" (a crude stemmer is enough: the
    /// stem is one feature among the word's own).
    static func stem(_ w: String) -> String {
        let u = w.utf8
        guard u.count > 4 else { return w }
        for suffix in ["ing", "ed", "es", "s", "e"] where w.hasSuffix(suffix) {
            return String(w.dropLast(suffix.count))
        }
        return w
    }

    static let nextClasses: Set<String> = ["that", "<q>", ":", ",", "to", "whether", "how", "what", "why", "if"]
}

/// Where feature functions put their features, part by part.
protocol FeatureSink {
    mutating func add(_ a: String)
    mutating func add(_ a: String, _ b: String)
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String)
}

/// Joins the parts: the feature strings training counts and the vocabulary stores.
struct StringFeatures: FeatureSink {
    var features: [String] = []
    mutating func add(_ a: String) { features.append(a) }
    mutating func add(_ a: String, _ b: String) { features.append(a + b) }
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String) { features.append(a + b + c + d) }
}

/// Hashes the parts as ``FeatureModel/key(_:)`` hashes the joined string, and keeps the
/// indices the model knows.
struct KeyFeatures: FeatureSink {
    let table: KeyTable
    var indices: LogisticModel.Features = []

    init(_ model: FeatureModel) {
        table = model.index
        indices.reserveCapacity(32)
    }

    @inline(__always) private static func hash(_ h: inout UInt64, _ s: String) {
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    }
    private mutating func found(_ h: UInt64) { if let i = table[h] { indices.append((i, 1)) } }
    mutating func add(_ a: String) { var h = FeatureModel.offset; Self.hash(&h, a); found(h) }
    mutating func add(_ a: String, _ b: String) { var h = FeatureModel.offset; Self.hash(&h, a); Self.hash(&h, b); found(h) }
    mutating func add(_ a: String, _ b: String, _ c: String, _ d: String) {
        var h = FeatureModel.offset
        Self.hash(&h, a); Self.hash(&h, b); Self.hash(&h, c); Self.hash(&h, d)
        found(h)
    }
}
