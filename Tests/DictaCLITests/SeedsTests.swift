import DictaCore
import DictaPipeline
import Foundation
import Testing

/// The acceptance check of `../shared/acceptance/check_seeds.py`, made natively: every required
/// statement found (token F1 ≥ 0.8 after folding quote marks), its speaker right, the titles
/// right and no listed boilerplate left in the bodies.
@Suite struct SeedsTests {
    struct Expected: Decodable {
        struct Doc: Decodable {
            let file: String
            let title: String
            let body_must_contain: [String]
            let body_must_not_contain: [String]
            let quotes: [Q]
        }
        struct Q: Decodable {
            let text: String
            let speaker: String
            let required: Bool
        }
        struct Corpus: Decodable { let speakers: [Speaker] }
        struct Speaker: Decodable { let name: String; let aliases: [String]? }
        let documents: [Doc]
        let corpus: Corpus
    }

    static let seeds = CLI.shared.appendingPathComponent("acceptance/seeds")

    @Test func seedPagesComeOutRight() throws {
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.seeds.appendingPathComponent("expected.json")))
        var fullNames: [String: Set<String>] = [:]
        for s in expected.corpus.speakers {
            fullNames[s.name] = Set([norm(s.name).lowercased()] + (s.aliases ?? []).filter { $0.contains(" ") }.map { norm($0).lowercased() })
        }
        let pipeline = Pipeline()
        for doc in expected.documents {
            let url = Self.seeds.appendingPathComponent(doc.file)
            let got = try pipeline.run(Data(contentsOf: url), source: url.path)
            #expect(norm(got.article.title ?? "") == norm(doc.title), "\(doc.file): title")
            let body = norm(got.article.body)
            for s in doc.body_must_contain { #expect(body.contains(norm(s)), "\(doc.file): body lacks \(s)") }
            for s in doc.body_must_not_contain { #expect(!body.contains(norm(s)), "\(doc.file): boilerplate \(s)") }
            var used = Set<Int>()
            for q in doc.quotes where q.required {
                var best = 0.0, bi: Int?
                for (i, p) in got.quotes.enumerated() where !used.contains(i) {
                    let f = tokenF1(p.text, q.text)
                    if f > best { best = f; bi = i }
                }
                guard best >= 0.8, let bi else {
                    Issue.record("\(doc.file): missed \(q.text.prefix(60))")
                    continue
                }
                used.insert(bi)
                let name = norm(got.quotes[bi].speaker?.name ?? "").lowercased()
                let ok = fullNames[q.speaker]?.contains(name) ?? (name == norm(q.speaker).lowercased())
                #expect(ok, "\(doc.file): \(q.text.prefix(40)) attributed to \(name), expected \(q.speaker)")
            }
        }
    }

    func norm(_ s: String) -> String {
        var out = ""
        for ch in s.precomposedStringWithCompatibilityMapping {
            switch ch {
            case "“", "”", "„", "‟", "«", "»": out.append("\"")
            case "‘", "’", "‚", "‛": out.append("'")
            default: out.append(ch.isWhitespace ? " " : ch)
            }
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    func tokens(_ s: String) -> [String] {
        norm(s).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
    }

    func tokenF1(_ a: String, _ b: String) -> Double {
        let ta = tokens(a)
        var pool = tokens(b)
        guard !ta.isEmpty, !pool.isEmpty else { return 0 }
        let nb = pool.count
        var common = 0
        for t in ta { if let i = pool.firstIndex(of: t) { pool.remove(at: i); common += 1 } }
        guard common > 0 else { return 0 }
        let p = Double(common) / Double(ta.count), r = Double(common) / Double(nb)
        return 2 * p * r / (p + r)
    }
}
