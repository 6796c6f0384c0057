import DictaCore
import DictaText
import Foundation

/// Where reported content that follows its cue ends. The content runs from after the cue to
/// one of the clause boundaries that follow (a comma, a dash, "and", "but", "while", "when", a
/// time phrase's "on" or "in", or the end of the sentence); a logistic model trained on
/// PolNeAR train (`dicta train`) scores each boundary, and the best one ends the content.
/// In PolNeAR train 56 % of such contents run to the end of the sentence, 15 % stop at a
/// comma, and the rest at one of the words here.
public enum ContentEnds {
    /// Words that can open what follows the content: a new clause or an adverbial.
    static let boundaryWords: Set<String> = ["and", "but", "while", "which", "when", "after", "as", "because", "before",
                                             "since", "who", "though", "although", "even", "in", "on", "at", "during",
                                             "until", "where", "if", "so", "or", "with", "by", "from", "than", "amid",
                                             "despite", "saying", "adding", "according"]
    static let boundaryMarks: Set<String> = [",", ";", ":", "—", "–", "--", "-", "(", ")"]

    /// The candidate ends (exclusive token indices) of content that starts at `start` inside
    /// `body`, in text order; the last is always the body's end.
    static func candidates(from start: Int, body: Range<Int>, _ toks: [Token]) -> [Int] {
        var out: [Int] = []
        var k = start + 1
        while k < body.upperBound {
            let t = toks[k]
            if boundaryMarks.contains(t.text) || (t.isWord && boundaryWords.contains(t.lower)) {
                // Content stops before a comma, and before the comma that precedes a word.
                let end = toks[k - 1].text == "," && k - 1 > start ? k - 1 : k
                if out.last != end { out.append(end) }
            }
            k += 1
        }
        if out.last != body.upperBound { out.append(body.upperBound) }
        return out
    }

    /// The features of ending content `start..<end` in `body`, after a cue with `lemma`;
    /// `rank` is the candidate's place among the candidates and `count` their number.
    static func features(end: Int, start: Int, body: Range<Int>, lemma: String, rank: Int, count: Int,
                         _ toks: [Token], lexicon: Lexicon, isCue: (Int) -> Bool) -> [String] {
        func word(_ j: Int) -> String {
            guard j >= body.lowerBound, j < body.upperBound else { return "<e>" }
            let t = toks[j]
            return t.isQuote ? "<q>" : t.kind == .number ? "<num>" : t.lower
        }
        func kind(_ j: Int) -> String {
            guard j < body.upperBound else { return "end" }
            let t = toks[j]
            if isCue(j) { return "cue" }
            if lexicon.pronouns[t.lower] != nil { return "pron" }
            if t.isCapitalized { return "cap" }
            return t.isWord ? "low" : "punct"
        }
        func bucket(_ n: Int) -> String { n <= 3 ? String(n) : n <= 5 ? "4-5" : n <= 8 ? "6-8" : n <= 12 ? "9-12" : n <= 20 ? "13-20" : "21+" }
        let atEnd = end == body.upperBound
        var b = end
        if !atEnd, toks[b].text == "," { b += 1 }
        let boundary = atEnd ? "<end>" : word(end)
        let after = atEnd ? "<e>" : (b == end ? word(b + 1) : word(b))
        let afterKind = atEnd ? "end" : kind(b == end ? b + 1 : b)
        let words = toks[start..<end].count { $0.isWord || $0.kind == .number }
        let rest = atEnd ? 0 : toks[end..<body.upperBound].count { $0.isWord || $0.kind == .number }
        // A cue soon after the boundary opens a clause of its own ("…, he said", "…, and she
        // argued"); none means the words after may still be the content's.
        let cueSoon = !atEnd && (b..<min(b + 5, body.upperBound)).contains(where: isCue)
        var f = ["b=" + boundary, "a=" + after, "ak=" + afterKind, "ba=" + boundary + "|" + after, "bak=" + boundary + "|" + afterKind,
                 "p=" + word(end - 1), "len=" + bucket(words), "rest=" + bucket(rest), "lb=" + boundary + "|" + bucket(words),
                 "rank=" + (rank < 4 ? String(rank) : "4+"), "fromlast=" + (count - 1 - rank < 3 ? String(count - 1 - rank) : "3+"),
                 "cue=" + lemma + "|" + boundary, "comma=" + (b != end ? "y" : "n")]
        if atEnd { f.append("atend") }
        if cueSoon { f.append("cuesoon"); f.append("cuesoon|" + boundary) }
        if toks[start..<end].contains(where: \.isQuote) { f.append("quoteinside") }
        if word(start) == "that" { f.append("that|" + boundary) }
        return f
    }
}

extension Rules {
    /// The end of reported content that starts at `start` in `body` after `cue`: the boundary
    /// the shipped model ranks first, or the body's end without a model.
    func contentEnd(from start: Int, body: Range<Int>, cue: CueMatch) -> Int {
        guard let model = models.ends else { return body.upperBound }
        let ends = ContentEnds.candidates(from: start, body: body, toks)
        guard ends.count > 1 else { return body.upperBound }
        var best = body.upperBound, bestP = -1.0
        for (rank, end) in ends.enumerated() {
            let p = model.probability(ContentEnds.features(end: end, start: start, body: body, lemma: cue.lemma, rank: rank,
                                                           count: ends.count, toks, lexicon: lexicon, isCue: { cues.cue(at: $0, in: toks) != nil }))
            if p > bestP { best = end; bestP = p }
        }
        return best
    }
}

/// Training rows for ``ContentEnds`` from gold attributions whose cue precedes their content.
public enum ContentEndTraining {
    /// Each candidate end of each gold content (after its cue, in one sentence), positive when
    /// it is the gold end.
    public static func rows(_ doc: AnnotatedArticle, gold: [BratAttribution], lexicon: Lexicon = .english) -> [(Bool, [String])] {
        let toks = doc.tokens
        let cues = Cues(lexicon: lexicon, tokens: toks)
        var rows: [(Bool, [String])] = []
        for a in gold {
            guard let cuePiece = a.cue.first, let first = a.content.first, let last = a.content.last, cuePiece.end <= first.start,
                  let s = toks.firstIndex(where: { $0.span.start >= first.start && ($0.isWord || $0.kind == .number) }),
                  let sentence = doc.sentenceIndex(ofToken: s).map({ doc.sentences[$0] }) else { continue }
            var e = sentence.upperBound
            while e > sentence.lowerBound, Rules.sentenceEnds.contains(toks[e - 1].text) || toks[e - 1].isQuote { e -= 1 }
            let body = sentence.lowerBound..<e
            guard s < body.upperBound else { continue }
            // The gold end: after the last token inside the content, trailing punctuation dropped.
            var g = s
            while g < body.upperBound, toks[g].span.end <= last.end { g += 1 }
            while g > s + 1, [",", ".", ";", ":"].contains(toks[g - 1].text) || toks[g - 1].isQuote { g -= 1 }
            let ends = ContentEnds.candidates(from: s, body: body, toks)
            guard ends.contains(g) else { continue }
            let head = toks.indices.last(where: { toks[$0].isWord && toks[$0].span.start < cuePiece.end && cuePiece.start < toks[$0].span.end })
            let lemma = head.flatMap { cues.lemmas[$0] } ?? head.map { toks[$0].lower } ?? ""
            for (rank, end) in ends.enumerated() {
                rows.append((end == g, ContentEnds.features(end: end, start: s, body: body, lemma: lemma, rank: rank, count: ends.count,
                                                             toks, lexicon: lexicon, isCue: { cues.cue(at: $0, in: toks) != nil })))
            }
        }
        return rows
    }
}
