import DictaCore
import DictaText
import Foundation

/// The learned cue detector: the probability that a word token heads an attribution cue
/// ("argued", "insisted", "acknowledged", "backs"), over ``CueFeatures``, a LIBLINEAR
/// logistic regression trained on PolNeAR train (`dicta train`). Its vocabulary of feature
/// strings is shipped beside its weights.
public struct CueModel: Sendable {
    let model: LogisticModel
    /// Feature string → LIBLINEAR index (1-based).
    let index: [String: Int32]

    init(model: LogisticModel, features: [String]) {
        self.model = model
        var index: [String: Int32] = [:]
        for (i, f) in features.enumerated() { index[f] = Int32(i + 1) }
        self.index = index
    }

    /// The model shipped in this module's `Resources/` (see `Resources/cues.source`), or nil
    /// when it is missing or unreadable (the rules then use the lexicon alone).
    public static let shipped: CueModel? = {
        guard let dir = Bundle.module.url(forResource: "cues", withExtension: "model")?.deletingLastPathComponent() else { return nil }
        return try? CueModel(directory: dir)
    }()

    /// Loads `NAME.model` (LIBLINEAR weights) and `NAME.features` (one feature string a line,
    /// the first line index 1).
    public init(directory: URL, name: String = "cues") throws {
        let features = try String(contentsOf: directory.appendingPathComponent(name + ".features"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let model = try LogisticModel(contentsOf: directory.appendingPathComponent(name + ".model"))
        self.init(model: model, features: features.last == "" ? Array(features.dropLast()) : features)
    }

    /// The probability that each word token of `doc` heads a cue (0 for other tokens).
    public func probabilities(_ doc: AnnotatedArticle, lexicon: Lexicon = .english) -> [Double] {
        let quoted = CueFeatures.insideQuotes(doc.tokens)
        var out = [Double](repeating: 0, count: doc.tokens.count)
        for s in doc.sentences {
            for i in s where doc.tokens[i].isWord && !Self.neverScored(doc.tokens[i], first: i == s.lowerBound, quoted: quoted[i], lexicon) {
                let f = CueFeatures.of(i, doc.tokens, sentence: s, quoted: quoted, lexicon: lexicon)
                out[i] = model.probability(f.compactMap { index[$0].map { ($0, 1.0) } })
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
    /// the model with its vocabulary (sorted, so the same rows give the same files).
    public static func train(_ rows: [(Bool, [String])], minCount: Int = 3, c: Double = 1) throws -> (CueModel, [String]) {
        var counts: [String: Int] = [:]
        for (_, f) in rows { for s in f { counts[s, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= minCount }.keys.sorted()
        var index: [String: Int32] = [:]
        for (i, f) in vocabulary.enumerated() { index[f] = Int32(i + 1) }
        let examples = rows.map { (positive: $0.0, features: $0.1.compactMap { index[$0].map { (index: $0, value: 1.0) } }) }
        let model = try LogisticModel.train(examples, c: c)
        return (CueModel(model: model, features: vocabulary), vocabulary)
    }

    /// Writes `NAME.model` and `NAME.features` into `directory`.
    public static func save(_ model: CueModel, vocabulary: [String], to directory: URL, name: String = "cues") throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try model.model.save(to: directory.appendingPathComponent(name + ".model"))
        try Data((vocabulary.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent(name + ".features"))
    }
}
