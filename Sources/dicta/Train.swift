import ArgumentParser
import DictaCore
import DictaQuotes
import DictaText
import Foundation

struct Train: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the attribution cue model from gold attributions (a PolNeAR-style split).",
        discussion: """
            TRAIN is a folder with text/*.txt and attributions/*.ann (brat standoff), as \
            PolNeAR's train/ is. Writes cues.model (LIBLINEAR weights) and cues.features (the \
            feature strings) into --out, and prints the data's hash. Deterministic: the same \
            data gives the same files. --dev scores the model's cue tokens on a held-out split \
            against the lexicon's; it never trains on it.
            """)

    @Argument(help: "The training split (text/ and attributions/).") var train: String
    @Option(help: "A held-out split to score on.") var dev: String?
    @Option(help: "Where the model files go.") var out: String
    @Option(help: "LIBLINEAR's C (inverse regularisation).") var c: Double = 1
    @Option(help: "Keep feature strings seen at least this often.") var minCount: Int = 10

    /// Each text of a split with its gold attributions, in file-name order.
    static func split(_ dir: String) throws -> [(AnnotatedArticle, [BratAttribution])] {
        let texts = URL(fileURLWithPath: dir).appendingPathComponent("text")
        let names = try FileManager.default.contentsOfDirectory(atPath: texts.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try names.map { name in
            let url = texts.appendingPathComponent(name)
            let body = try String(contentsOf: url, encoding: .utf8)
            guard let ann = BratAttributions.file(for: url) else { throw CommandFailure("\(url.path): no attributions file") }
            let gold = try BratAttributions.parse(try String(contentsOf: ann, encoding: .utf8), name: ann.path)
            return (AnnotatedArticle(Article(source: url.path, body: body)), gold)
        }
    }

    func run() async throws {
        let started = Date()
        let docs = try Self.split(train)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (doc, gold) in docs {
            for b in doc.article.body.utf8 { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            for a in gold { for s in a.cue + a.content { hash = (hash ^ UInt64(s.start &* 31 &+ s.end)) &* 0x0000_0100_0000_01b3 } }
        }
        let result = try AttributionTraining.train(docs, minCount: minCount, c: c)
        try result.save(to: URL(fileURLWithPath: out))
        let model = CueModel(result.cue.model), ends = result.ends.model
        print("trained on \(docs.count) articles, \(result.cue.rows) word tokens (\(result.cue.positives) cue heads), \(result.cue.vocabulary.count) features, C \(c)")
        print("content starts: \(result.starts.rows) candidate starts (\(result.starts.positives) gold), \(result.starts.vocabulary.count) features")
        print("content ends: \(result.ends.rows) candidate ends (\(result.ends.positives) gold), \(result.ends.vocabulary.count) features")
        if let accept = result.accept {
            print("accept: \(accept.rows) anchored statements (\(accept.positives) gold), \(accept.vocabulary.count) features")
        } else {
            print("accept: no model (the anchored statements were all of one class)")
        }
        let kept = result.ruleCounts.filter { $0.value.n >= RuleCalibration.minCount }
        print("rule calibration: \(kept.count) kinds of rule statement measured, \(kept.values.map(\.n).reduce(0, +)) of \(result.ruleCounts.values.map(\.n).reduce(0, +)) statements (calibration.tsv)")
        print("data hash (FNV-1a over texts and gold spans): \(String(hash, radix: 16))")
        print(String(format: "time %.1f s", Date().timeIntervalSince(started)))
        guard let dev else { return }
        var tp = 0, fp = 0, fn = 0, ltp = 0, lfp = 0, lfn = 0
        var endsRight = 0, endsLast = 0, endsAll = 0
        for (doc, gold) in try Self.split(dev) {
            // Content ends: the model's first-ranked candidate against always the sentence end.
            var group: [(Bool, [String])] = []
            for row in ContentEndTraining.rows(doc, gold: gold) + [(false, ["rank=0"])] {
                if row.1.contains("rank=0"), !group.isEmpty {
                    let best = group.indices.max { ends.probability(group[$0].1) < ends.probability(group[$1].1) }!
                    endsAll += 1
                    if group[best].0 { endsRight += 1 }
                    if group.last!.0 { endsLast += 1 }
                    group = []
                }
                group.append(row)
            }
            let rows = CueTraining.rows(doc, gold: gold)
            let p = model.probabilities(doc)
            var k = 0
            for s in doc.sentences {
                for i in s where doc.tokens[i].isWord {
                    let truth = rows[k].0, guess = p[i] >= 0.5, lex = doc.tokens[i].lexical.contains(.cue)
                    k += 1
                    if guess && truth { tp += 1 } else if guess { fp += 1 } else if truth { fn += 1 }
                    if lex && truth { ltp += 1 } else if lex { lfp += 1 } else if truth { lfn += 1 }
                }
            }
        }
        func prf(_ tp: Int, _ fp: Int, _ fn: Int) -> String {
            let p = Double(tp) / Double(max(1, tp + fp)), r = Double(tp) / Double(max(1, tp + fn))
            return String(format: "P %.1f R %.1f F1 %.1f", 100 * p, 100 * r, 200 * p * r / max(p + r, 1e-9))
        }
        print(String(format: "dev content ends: model picks the gold end %.1f %% of %d, the sentence end %.1f %%",
                     100 * Double(endsRight) / Double(max(1, endsAll)), endsAll, 100 * Double(endsLast) / Double(max(1, endsAll))))
        print("dev cue heads: model at 0.5 \(prf(tp, fp, fn)); lexicon \(prf(ltp, lfp, lfn))")
    }
}
