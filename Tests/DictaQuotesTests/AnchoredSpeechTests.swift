import DictaCore
@testable import DictaQuotes
import DictaText
import Foundation
import Testing

/// Statements anchored at a cue inside a sentence, the content-end ranker and the accept
/// model, shipped, on sentences written here; and training all three on a written split.
@Suite struct AnchoredSpeechTests {
    func quotes(_ body: String, models: QuoteFinder.Models = .shipped) -> [Quote] {
        QuoteFinder(models: models).find(in: AnnotatedArticle(Article(source: "fixture", body: body))).quotes
    }

    func text(_ body: String, _ q: Quote) -> String {
        let s = Array(body.unicodeScalars)
        return q.content.map { String(String.UnicodeScalarView(s[$0.start..<$0.end])) }.joined(separator: " ")
    }

    @Test func theModelsShip() {
        #expect(QuoteFinder.Models.shipped.cue != nil)
        #expect(QuoteFinder.Models.shipped.ends != nil)
        #expect(QuoteFinder.Models.shipped.accept != nil)
    }

    /// The rules' proposal, whatever the accept model says of it.
    @Test func aCueInsideARelativeClauseIsProposedAsItsNamesStatement() throws {
        let body = "The harbour fees were set by Anna Berg, who insisted that the ferries would pay for themselves."
        let doc = AnnotatedArticle(Article(source: "fixture", body: body))
        let rules = Rules(doc: doc, lexicon: .english, options: .init(), pairs: QuoteMarks.pairs(doc))
        var seen: [[String]] = []
        let found = rules.anchoredSpeech(excluding: []) { _, f in seen.append(f); return 0.9 }
        let c = try #require(found.first { $0.cue.map { doc.tokens[$0.tokens.upperBound - 1].text } == "insisted" })
        #expect(c.speaker.map { doc.tokens[$0.tokens].map(\.text) } == ["Anna", "Berg"])
        #expect(doc.tokens[c.content[0]].map(\.text).joined(separator: " ") == "that the ferries would pay for themselves")
        #expect(c.confidence == 0.9 && c.learned)
        #expect(seen.contains { $0.contains("w=insisted") })
    }

    @Test func candidateEndsAreClauseBoundariesAndTheSentenceEnd() {
        let doc = AnnotatedArticle(Article(source: "fixture", body: "Berg said the fares would rise, and the council agreed on Friday"))
        let toks = doc.tokens
        let start = toks.firstIndex { $0.text == "the" }!
        let ends = ContentEnds.candidates(from: start, body: 0..<toks.count, toks)
        // Before the comma (not the comma and its "and" apart), before "on", and the end.
        #expect(ends.map { toks[$0 - 1].text } == ["rise", "agreed", "Friday"])
    }

    @Test func candidateStartsAreTheWordsAfterTheCueUpToAThat() {
        let doc = AnnotatedArticle(Article(source: "fixture", body: "Berg told reporters on Friday that the fares would rise."))
        let toks = doc.tokens
        let cue = toks.firstIndex { $0.text == "told" }!
        let starts = ContentStarts.candidates(after: cue + 1, body: 0..<toks.count, toks)
        #expect(starts.map { toks[$0].text } == ["reporters", "on", "Friday", "that"])
        #expect(QuoteFinder.Models.shipped.starts != nil)
    }

    @Test func withoutModelsNothingIsAnchored() {
        let body = "The harbour fees were set by Anna Berg, who insisted that the ferries would pay for themselves within ten years."
        #expect(!quotes(body, models: QuoteFinder.Models()).contains { $0.cue?.text == "insisted" })
    }

    @Test func aLoneObjectOrAQuotationsIntroductionIsNoAnchoredStatement() {
        #expect(quotes("Anna Berg scolded him: \"The ferries are late again,\" she said.").count == 1)
    }

    /// A tiny written split: the same sentence shapes with other words, some attributions and
    /// some not, so that the three models can be trained and saved, deterministically; the
    /// content-end ranker learns where such contents end.
    @Test func trainingIsDeterministicAndLearnsWhereContentEnds() throws {
        var docs: [(AnnotatedArticle, [BratAttribution])] = []
        let names = ["Anna Berg", "Tomas Varga", "Olaf Lind", "Eva Holm", "Ida Sund", "Per Ek"]
        let verbs = ["argued", "insisted", "claimed", "warned", "stressed", "noted"]
        func span(_ w: String, in body: String) -> Span {
            let r = body.range(of: w)!
            let a = body.unicodeScalars.distance(from: body.unicodeScalars.startIndex, to: r.lowerBound)
            return Span(a, a + w.unicodeScalars.count)
        }
        for (k, (name, verb)) in zip(names, verbs).enumerated() {
            let content = "that the ferry number \(k) was late"
            let body = "\(name) \(verb) on Monday \(content), and the council met. The boats of \(name) sailed in the morning and parked by the pier."
            docs.append((AnnotatedArticle(Article(source: "doc\(k).txt", body: body)),
                         [BratAttribution(cue: [span(verb, in: body)], content: [span(content, in: body)], source: [span(name, in: body)])]))
        }
        let a = try AttributionTraining.train(docs, minCount: 1)
        let b = try AttributionTraining.train(docs, minCount: 1)
        #expect(a.cue.vocabulary == b.cue.vocabulary && a.ends.vocabulary == b.ends.vocabulary && a.accept?.vocabulary == b.accept?.vocabulary)
        #expect(a.ends.positives == docs.count && a.starts.positives == docs.count)
        let unseen = AnnotatedArticle(Article(source: "new.txt", body: "Lena Dahl argued that the bridge toll was high, and the council met."))
        let rules = Rules(doc: unseen, lexicon: .english, options: .init(), pairs: [], models: a.models)
        let toks = unseen.tokens
        let start = toks.firstIndex { $0.text == "that" }!
        let end = rules.contentEnd(from: start, body: 0..<(toks.count - 1), cue: CueMatch(tokens: (start - 1)..<start, lemma: "argue"))
        #expect(toks[start..<end].map(\.text).joined(separator: " ") == "that the bridge toll was high")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dicta-train-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try a.save(to: dir)
        for name in ["cues", "starts", "ends"] + (a.accept == nil ? [] : ["accept"]) { _ = try FeatureModel(directory: dir, name: name) }
    }
}
