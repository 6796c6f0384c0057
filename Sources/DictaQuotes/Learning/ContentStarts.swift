import DictaCore
import DictaText

/// Where reported content that follows its cue begins. Most contents start right after the
/// cue's head word; others after a particle the cue takes ("called for", "spoke of"), an
/// object ("told reporters that …"), a time or place ("said on Friday that …") or a colon. A
/// logistic model trained on PolNeAR train (`dicta train`) scores each candidate start among
/// the next few tokens, and the best one begins the content.
public enum ContentStarts {
    /// How many tokens after the cue a content may begin.
    static let reach = 7

    /// The candidate starts after a cue whose last token is `cueEnd - 1`, in text order: each
    /// of the next tokens up to a quotation mark or a "that" (the last candidate).
    static func candidates(after cueEnd: Int, body: Range<Int>, _ toks: [Token]) -> [Int] {
        var out: [Int] = []
        var k = cueEnd
        while k < min(cueEnd + reach, body.upperBound - 1) {
            let t = toks[k]
            if t.isQuote { break }
            if t.isWord || t.kind == .number { out.append(k) }
            if t.lower == "that" || [";", "—", "("].contains(t.text) { break }
            k += 1
        }
        return out
    }

    static func features(start: Int, cueEnd: Int, lemma: String, rank: Int, _ toks: [Token], lexicon: Lexicon) -> [String] {
        func word(_ j: Int) -> String {
            guard j >= 0, j < toks.count else { return "<e>" }
            let t = toks[j]
            return t.isQuote ? "<q>" : t.kind == .number ? "<num>" : t.lower
        }
        let skipped = toks[cueEnd..<start]
        let first = word(start), before = word(start - 1)
        var f = ["s=" + first, "b=" + before, "bs=" + before + "|" + first, "rank=" + String(rank),
                 "cue=" + lemma + "|" + (start == cueEnd ? "<0>" : word(cueEnd)), "cues=" + lemma + "|" + String(min(rank, 3))]
        if toks[start].isCapitalized { f.append("cap") }
        if lexicon.pronouns[first] != nil { f.append("pron") }
        if skipped.contains(where: { $0.text == "," }) { f.append("comma-skipped") }
        if skipped.contains(where: \.isCapitalized) { f.append("cap-skipped") }
        if let last = skipped.last, !last.isWord { f.append("after=" + last.text) }
        if skipped.contains(where: { $0.lower == "that" }) { f.append("that-skipped") }
        // "said Friday it would …", "said on Monday night that …": a time is no content.
        if !skipped.isEmpty, skipped.allSatisfy({ Self.timeWords.contains($0.lower) || $0.text == "," }) { f.append("time-skipped") }
        if Self.timeWords.contains(first) { f.append("s-time") }
        return f
    }

    static let timeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "today", "yesterday", "tonight", "on", "last", "this", "week", "night", "morning",
                                         "afternoon", "evening", "earlier", "later", "recently", "previously", "again",
                                         "january", "february", "march", "april", "may", "june", "july", "august",
                                         "september", "october", "november", "december"]
}

extension Rules {
    /// The start of reported content after `cue` (its last token `cue.tokens.upperBound - 1`)
    /// in `body`: the candidate the shipped model ranks first, or `fallback` without a model.
    func contentStart(after cue: CueMatch, body: Range<Int>, fallback: Int) -> Int {
        guard let model = models.starts else { return fallback }
        let starts = ContentStarts.candidates(after: cue.tokens.upperBound, body: body, toks)
        guard starts.count > 1 else { return starts.first ?? fallback }
        var best = starts[0], bestP = -1.0
        for (rank, s) in starts.enumerated() {
            let p = model.probability(ContentStarts.features(start: s, cueEnd: cue.tokens.upperBound, lemma: cue.lemma, rank: rank, toks, lexicon: lexicon))
            if p > bestP { best = s; bestP = p }
        }
        return best
    }
}

/// Training rows for ``ContentStarts`` from gold attributions whose cue precedes their content.
enum ContentStartTraining {
    static func rows(_ doc: AnnotatedArticle, gold: [BratAttribution], lexicon: Lexicon = .english) -> [(Bool, [String])] {
        let toks = doc.tokens
        let cues = Cues(lexicon: lexicon, tokens: toks)
        var rows: [(Bool, [String])] = []
        for a in gold {
            guard let cuePiece = a.cue.last, let first = a.content.first, cuePiece.end <= first.start,
                  let s = toks.firstIndex(where: { $0.span.start >= first.start && ($0.isWord || $0.kind == .number) }),
                  let sentence = doc.sentenceIndex(ofToken: s).map({ doc.sentences[$0] }) else { continue }
            // The cue's head as the cue model finds it: its first word that is no auxiliary.
            let inCue = toks.indices.filter { toks[$0].isWord && toks[$0].span.start < cuePiece.end && cuePiece.start < toks[$0].span.end }
            guard let head = inCue.first(where: { !CueFeatures.notHeads.contains(toks[$0].lower) }) ?? inCue.last,
                  sentence.contains(head) else { continue }
            let starts = ContentStarts.candidates(after: head + 1, body: sentence, toks)
            guard starts.contains(s) else { continue }
            let lemma = cues.lemmas[head] ?? toks[head].lower
            for (rank, st) in starts.enumerated() {
                rows.append((st == s, ContentStarts.features(start: st, cueEnd: head + 1, lemma: lemma, rank: rank, toks, lexicon: lexicon)))
            }
        }
        return rows
    }
}
