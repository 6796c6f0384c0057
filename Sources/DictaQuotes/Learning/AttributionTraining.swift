import DictaCore
import DictaText
import Foundation

/// Training all of the attribution models from gold attributions (PolNeAR's brat files),
/// deterministically: the cue model, the content-start and content-end rankers and the accept model for
/// statements anchored at a cue.
public enum AttributionTraining {
    /// A trained model with its feature strings, ready to save.
    public struct Trained: Sendable {
        public let model: FeatureModel
        public let vocabulary: [String]
        /// Training rows, and how many were positive.
        public let rows: Int, positives: Int
    }

    public struct Result: Sendable {
        public let cue: Trained, starts: Trained, ends: Trained
        /// Nil when the split gave no anchored statement of one class to learn from.
        public let accept: Trained?
        /// The rules' statements on the training split with these models: how many of each
        /// ``RuleCalibration`` key, and how many of those were right.
        public let ruleCounts: [String: (n: Int, right: Int)]
        public var calibration: RuleCalibration {
            RuleCalibration(precision: ruleCounts.filter { $0.value.n >= RuleCalibration.minCount }
                .mapValues { (Double($0.right) / Double($0.n) * 100).rounded() / 100 })
        }
        public var models: QuoteFinder.Models {
            QuoteFinder.Models(cue: CueModel(cue.model), starts: starts.model, ends: ends.model, accept: accept?.model, calibration: calibration)
        }

        /// Writes `cues`, `ends` and `accept` (`.model` and `.features`) into `directory`.
        public func save(to directory: URL) throws {
            try cue.model.save(vocabulary: cue.vocabulary, to: directory, name: "cues")
            try starts.model.save(vocabulary: starts.vocabulary, to: directory, name: "starts")
            try ends.model.save(vocabulary: ends.vocabulary, to: directory, name: "ends")
            if let accept { try accept.model.save(vocabulary: accept.vocabulary, to: directory, name: "accept") }
            try RuleCalibration.save(ruleCounts, to: directory.appendingPathComponent("calibration.tsv"))
        }
    }

    static func trained(_ rows: [(Bool, [String])], minCount: Int, c: Double) throws -> Trained {
        let (m, v) = try FeatureModel.train(rows, minCount: minCount, c: c)
        return Trained(model: m, vocabulary: v, rows: rows.count, positives: rows.count { $0.0 })
    }

    /// Trains the three models on `docs`. The accept model learns from the statements the
    /// pipeline anchors in each article with cue probabilities from a cue model trained on the
    /// other half of the articles (two folds), so that it learns how far the cue model is to be
    /// trusted on text it has not seen, not on its own training data.
    public static func train(_ docs: [(AnnotatedArticle, [BratAttribution])], minCount: Int = 10, c: Double = 1,
                             lexicon: Lexicon = .english) throws -> Result {
        let cueRows = docs.map { CueTraining.rows($0.0, gold: $0.1, lexicon: lexicon) }
        let cue = try trained(cueRows.flatMap { $0 }, minCount: minCount, c: c)
        let starts = try trained(docs.flatMap { ContentStartTraining.rows($0.0, gold: $0.1, lexicon: lexicon) }, minCount: 3, c: c)
        let ends = try trained(docs.flatMap { ContentEndTraining.rows($0.0, gold: $0.1, lexicon: lexicon) }, minCount: 3, c: c)
        var folds: [CueModel] = []
        for fold in 0..<2 {
            let rows = cueRows.indices.filter { $0 % 2 != fold }.flatMap { cueRows[$0] }
            folds.append(CueModel(try trained(rows, minCount: minCount, c: c).model))
        }
        let finder = QuoteFinder(lexicon: lexicon, models: QuoteFinder.Models(cue: CueModel(cue.model), starts: starts.model, ends: ends.model))
        final class Rows: @unchecked Sendable { var all: [(Bool, [String])] = [] }
        let acceptRows = Rows()
        for (k, (doc, gold)) in docs.enumerated() {
            let p = folds[k % 2].probabilities(doc, lexicon: lexicon)
            let truth = GoldMatch(doc, gold)
            _ = finder.decide(doc, pairs: QuoteMarks.pairs(doc), cueProbabilities: p) { c, f in
                acceptRows.all.append((truth.matches(c, doc.tokens), f))
                return 0.5
            }
        }
        let both = acceptRows.all.contains { $0.0 } && acceptRows.all.contains { !$0.0 }
        let accept = both ? try trained(acceptRows.all, minCount: 3, c: c) : nil
        // The rules' precision, measured with every model in place and, as for the accept
        // model, cue probabilities from the fold that did not see the article.
        let full = QuoteFinder(lexicon: lexicon, models: QuoteFinder.Models(cue: CueModel(cue.model), starts: starts.model,
                                                                          ends: ends.model, accept: accept?.model))
        var counts: [String: (n: Int, right: Int)] = [:]
        for (k, (doc, gold)) in docs.enumerated() {
            let keyed = full.keyedQuotes(in: doc, cueProbabilities: folds[k % 2].probabilities(doc, lexicon: lexicon))
            RuleCalibration.count(keyed, body: doc.article.body, gold: gold, into: &counts)
        }
        return Result(cue: cue, starts: starts, ends: ends, accept: accept, ruleCounts: counts)
    }
}

/// Whether a candidate statement is a gold one, as the PolNeAR scorer counts a joint match:
/// content whose non-space characters overlap a gold content's by a Jaccard index of 0.5 or
/// more, and a speaker phrase that overlaps that attribution's source.
struct GoldMatch {
    let golds: [(content: Set<Int>, source: [Span])]
    let scalars: [Unicode.Scalar]

    init(_ doc: AnnotatedArticle, _ gold: [BratAttribution]) {
        scalars = Array(doc.article.body.unicodeScalars)
        var golds: [(Set<Int>, [Span])] = []
        for a in gold {
            var s = Set<Int>()
            for piece in a.content { for i in piece.start..<min(piece.end, scalars.count) where !scalars[i].properties.isWhitespace { s.insert(i) } }
            golds.append((s, a.source))
        }
        self.golds = golds
    }

    func matches(_ c: Candidate, _ toks: [Token]) -> Bool {
        var s = Set<Int>()
        for r in c.content where !r.isEmpty {
            for i in toks[r.lowerBound].span.start..<toks[r.upperBound - 1].span.end where !scalars[i].properties.isWhitespace { s.insert(i) }
        }
        guard let sp = c.speaker, !sp.tokens.isEmpty else { return false }
        let a = toks[sp.tokens.lowerBound].span.start, b = toks[sp.tokens.upperBound - 1].span.end
        return golds.contains { g in
            let inter = g.content.intersection(s).count
            return 2 * inter >= g.content.union(s).count && g.source.contains { $0.start < b && a < $0.end }
        }
    }
}
