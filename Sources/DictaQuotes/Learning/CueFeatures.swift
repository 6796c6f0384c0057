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

    /// The features of word token `i` in a sentence `sentence` (token range).
    static func of(_ i: Int, _ toks: [Token], sentence: Range<Int>, quoted: [Bool], lexicon: Lexicon) -> [String] {
        let t = toks[i]
        func word(_ j: Int) -> String {
            guard j >= sentence.lowerBound, j < sentence.upperBound else { return "<s>" }
            return toks[j].isQuote ? "<q>" : toks[j].lower
        }
        let w = t.lower
        var f = ["w=" + w, "p1=" + word(i - 1), "n1=" + word(i + 1), "p2=" + word(i - 2), "n2=" + word(i + 2),
                 "p1w=" + word(i - 1) + "|" + w, "wn1=" + w + "|" + word(i + 1),
                 "suf3=" + String(w.suffix(3)), "suf2=" + String(w.suffix(2))]
        f.append(t.isCapitalized ? (i == sentence.lowerBound ? "shape=Cap0" : "shape=Cap") : "shape=low")
        if t.lexical.contains(.cue) { f.append("lex=cue"); f.append("lexlemma=" + (lexicon.cueForms[w] ?? w)) }
        if t.lexical.contains(.role) { f.append("lex=role") }
        if t.lexical.contains(.nonName) { f.append("lex=nonname") }
        if lexicon.pronouns[word(i - 1)] != nil { f.append("p1=PRON") }
        if i > sentence.lowerBound, toks[i - 1].isCapitalized, toks[i - 1].isWord { f.append("p1=NAME") }
        if notHeads.contains(word(i - 1)) { f.append("p1=AUX") }
        let next = word(i + 1)
        if ["that", "<q>", ":", ",", "to", "whether", "how", "what", "why", "if"].contains(next) { f.append("n1class=" + next) }
        if i < toks.count && quoted[i] { f.append("inquote") }
        let pos = i - sentence.lowerBound, len = sentence.count
        f.append("pos=" + (pos == 0 ? "first" : pos < 4 ? "early" : pos >= len - 3 ? "late" : "mid"))
        if toks[sentence].contains(where: \.isQuote) { f.append("sentquote") }
        if notHeads.contains(w) { f.append("aux") }
        return f
    }
}
