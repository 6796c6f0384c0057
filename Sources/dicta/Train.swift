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
        var rows: [(Bool, [String])] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (doc, gold) in docs {
            rows += CueTraining.rows(doc, gold: gold)
            for b in doc.article.body.utf8 { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
            for a in gold { for s in a.cue + a.content { hash = (hash ^ UInt64(s.start &* 31 &+ s.end)) &* 0x0000_0100_0000_01b3 } }
        }
        let (model, vocabulary) = try CueTraining.train(rows, minCount: minCount, c: c)
        try CueTraining.save(model, vocabulary: vocabulary, to: URL(fileURLWithPath: out))
        let positives = rows.count { $0.0 }
        print("trained on \(docs.count) articles, \(rows.count) word tokens (\(positives) cue heads), \(vocabulary.count) features, C \(c)")
        print("data hash (FNV-1a over texts and gold spans): \(String(hash, radix: 16))")
        print(String(format: "time %.1f s", Date().timeIntervalSince(started)))
        guard let dev else { return }
        var tp = 0, fp = 0, fn = 0, ltp = 0, lfp = 0, lfn = 0
        for (doc, gold) in try Self.split(dev) {
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
        print("dev cue heads: model at 0.5 \(prf(tp, fp, fn)); lexicon \(prf(ltp, lfp, lfn))")
    }
}
