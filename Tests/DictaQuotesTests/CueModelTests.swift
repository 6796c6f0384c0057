import DictaCore
import DictaQuotes
import DictaText
import Foundation
import Testing

/// The shipped cue model, on sentences written here.
@Suite struct CueModelTests {
    func probability(of word: String, in text: String) throws -> Double {
        let model = try #require(CueModel.shipped, "the cue model ships in DictaQuotes/Resources")
        let doc = AnnotatedArticle(Article(source: "fixture", body: text))
        let p = model.probabilities(doc)
        let i = try #require(doc.tokens.firstIndex { $0.text == word })
        return p[i]
    }

    @Test func reportingWordsTheLexiconLacksAreCuesInContext() throws {
        // Words in no lexicon list (Resources/cues.txt of DictaText).
        for w in ["blasted", "questioned"] {
            #expect(Lexicon.english.cueForms[w] == nil)
            #expect(try probability(of: w, in: "The harbour master \(w) that the ferry fares were far too high.") > 0.7, "\(w)")
        }
        #expect(try probability(of: "said", in: "Anna Berg said that the ferries would run on time.") > 0.5)
    }

    @Test func ordinaryVerbsAreNot() throws {
        #expect(try probability(of: "parked", in: "The harbour master parked his car near the ferry terminal.") < 0.5)
        #expect(try probability(of: "ferries", in: "Anna Berg said that the ferries would run on time.") < 0.1)
    }

    @Test func aNewCueFindsItsStatement() throws {
        let doc = AnnotatedArticle(Article(source: "fixture", body: "The harbour master Tomas Varga questioned whether the ferries would keep running all winter."))
        let (quotes, _) = QuoteFinder().find(in: doc)
        #expect(quotes.first?.cue?.text == "questioned")
        #expect(quotes.first?.speaker?.name == "Tomas Varga")
        #expect(quotes.first?.text == "whether the ferries would keep running all winter")
    }

    @Test func aLearnedCueLeavesAQuotationToItsOwnCue() throws {
        let doc = AnnotatedArticle(Article(source: "fixture", body: "Other captains used blunt words to question what Mayor Anna Berg called the \"safest, finest, fastest\" ferries."))
        let (quotes, _) = QuoteFinder().find(in: doc)
        #expect(quotes.first?.speaker?.name == "Anna Berg")
    }
}
