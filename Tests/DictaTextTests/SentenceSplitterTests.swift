import DictaCore
import Testing
@testable import DictaText

@Suite struct SentenceSplitterTests {
    /// The sentences of `body`, as text.
    func sentences(_ body: String) -> [String] {
        let doc = AnnotatedArticle(Article(source: "t", body: body))
        return doc.sentences.map { doc.text(from: $0.lowerBound, through: $0.upperBound - 1) }
    }

    @Test(arguments: [
        ("Anna Berg spoke. Tomas Varga left.", ["Anna Berg spoke.", "Tomas Varga left."]),     // two sentences
        ("Dr. Varga left early. He came back.", ["Dr. Varga left early.", "He came back."]),   // abbreviation
        ("Gen. Varga met U.S. envoys. They left.", ["Gen. Varga met U.S. envoys.", "They left."]), // title and country
        ("Prices rose 3.5 percent. Then fell.", ["Prices rose 3.5 percent.", "Then fell."]),   // decimal point
        ("She said \"Go.\" Then he left.", ["She said \"Go.\"", "Then he left."]),             // closing mark stays
        ("It ended. 2021 was hard.", ["It ended.", "2021 was hard."]),                         // digit starts a sentence
        ("It ended. \"Never again,\" she said.", ["It ended.", "\"Never again,\" she said."]), // opening mark starts one
        ("Is it over? Yes! Good…", ["Is it over?", "Yes!", "Good…"]),                          // other terminals
        ("He left at 5 p.m. on Monday.", ["He left at 5 p.m. on Monday."]),                    // lowercase after a period
        ("Wait... what happened.", ["Wait... what happened."]),                                // lowercase after dots
    ])
    func splits(body: String, expected: [String]) {
        #expect(sentences(body) == expected)
    }

    @Test func sentencesNeverCrossParagraphs() {
        let doc = AnnotatedArticle(Article(source: "t", body: "No period here\n\nSecond paragraph. Another one.\nRaw line"))
        #expect(doc.paragraphs.count == 3)
        #expect(doc.sentences.count == 4)
        for s in doc.sentences {
            #expect(doc.paragraphs.contains { $0.lowerBound <= s.lowerBound && s.upperBound <= $0.upperBound })
        }
    }

    @Test func sentenceIndexOfToken() {
        let doc = AnnotatedArticle(Article(source: "t", body: "One two. Three four."))
        #expect(doc.sentenceIndex(ofToken: 0) == 0)
        #expect(doc.sentenceIndex(ofToken: 2) == 0)   // the period
        #expect(doc.sentenceIndex(ofToken: 3) == 1)
        #expect(doc.sentenceIndex(ofToken: 99) == nil)
    }
}
