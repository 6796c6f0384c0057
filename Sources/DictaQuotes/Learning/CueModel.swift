import DictaCore
import DictaText
import Foundation

/// The learned cue detector: the probability that a word token heads an attribution cue
/// ("argued", "insisted", "acknowledged", "backs"), over ``CueFeatures``, a LIBLINEAR
/// logistic regression trained on PolNeAR train (`dicta train`). Its vocabulary of feature
/// strings is shipped beside its weights.
public struct CueModel: Sendable {
    let model: FeatureModel

    public init(_ model: FeatureModel) { self.model = model }

    /// The model shipped in this module's `Resources/` (see `Resources/cues.source`), or nil
    /// when it is missing or unreadable (the rules then use the lexicon alone).
    public static let shipped: CueModel? = FeatureModel.shipped("cues").map(CueModel.init)

    /// Loads `NAME.model` (LIBLINEAR weights) and `NAME.features` (one feature string a line,
    /// the first line index 1).
    public init(directory: URL, name: String = "cues") throws {
        self.init(try FeatureModel(directory: directory, name: name))
    }

    /// The probability that each word token of `doc` heads a cue (0 for other tokens).
    public func probabilities(_ doc: AnnotatedArticle, lexicon: Lexicon = .english) -> [Double] {
        let quoted = CueFeatures.insideQuotes(doc.tokens)
        var out = [Double](repeating: 0, count: doc.tokens.count)
        var f = KeyFeatures(model)
        for s in doc.sentences {
            for i in s where doc.tokens[i].isWord && !Self.neverScored(doc.tokens[i], first: i == s.lowerBound, quoted: quoted[i], lexicon) {
                f.indices.removeAll(keepingCapacity: true)
                CueFeatures.emit(i, doc.tokens, sentence: s, quoted: quoted, lexicon: lexicon, into: &f)
                out[i] = model.probability(f)
            }
        }
        return out
    }

    /// Tokens that head no cue the rules could use, left unscored (probability 0) to save the
    /// feature pass: words inside quotation marks (the quote rules do not ask the model), a
    /// capitalised word inside a sentence (a name), auxiliaries and function words.
    static func neverScored(_ t: Token, first: Bool, quoted: Bool, _ lexicon: Lexicon) -> Bool {
        if t.lexical.contains(.cue) { return false }
        if quoted || (t.isCapitalized && !first) { return true }
        return CueFeatures.notHeads.contains(t.lower) || lexicon.nonNames.contains(t.lower) || t.lower.count < 3
    }
}

/// Training the cue model from gold attributions (PolNeAR's brat files), deterministically.
public enum CueTraining {
    /// One article's training rows: each word token's features, positive when it heads a gold
    /// cue (its first word that is no auxiliary, modal or negation).
    public static func rows(_ doc: AnnotatedArticle, gold: [BratAttribution], lexicon: Lexicon = .english) -> [(Bool, [String])] {
        let toks = doc.tokens
        var heads = Set<Int>()
        for a in gold {
            for piece in a.cue {
                let inCue = toks.indices.filter { toks[$0].isWord && toks[$0].span.start < piece.end && piece.start < toks[$0].span.end }
                if let h = inCue.first(where: { !CueFeatures.notHeads.contains(toks[$0].lower) }) ?? inCue.last { heads.insert(h) }
            }
        }
        let quoted = CueFeatures.insideQuotes(toks)
        var rows: [(Bool, [String])] = []
        for s in doc.sentences {
            for i in s where toks[i].isWord {
                rows.append((heads.contains(i), CueFeatures.of(i, toks, sentence: s, quoted: quoted, lexicon: lexicon)))
            }
        }
        return rows
    }

    /// Trains on `rows`, keeping feature strings seen at least `minCount` times, and returns
    /// the model with its vocabulary.
    public static func train(_ rows: [(Bool, [String])], minCount: Int = 3, c: Double = 1) throws -> (CueModel, [String]) {
        let (m, vocabulary) = try FeatureModel.train(rows, minCount: minCount, c: c)
        return (CueModel(m), vocabulary)
    }

    /// Writes `NAME.model` and `NAME.features` into `directory`.
    public static func save(_ model: CueModel, vocabulary: [String], to directory: URL, name: String = "cues") throws {
        try model.model.save(vocabulary: vocabulary, to: directory, name: name)
    }
}
