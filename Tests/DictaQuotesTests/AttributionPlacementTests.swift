import DictaCore
import DictaText
import Testing
@testable import DictaQuotes

/// Where the attribution of a quotation stands, and which cue it is: constructions of real
/// reporting that went to the wrong cue or to the previous speaker, each in a small example.
@Suite struct AttributionPlacementTests {
    @Test func aPartyTagWithAPeriodBeforeTheCue() throws {
        let q = try #require(quotes("\"The veto will be overridden,\" Senate Majority Leader Anna Berg, R-Ky., said Tuesday.").first)
        #expect(q.speaker?.name == "Anna Berg")
    }

    /// `NAME, APPOSITIVE, said CLAUSE`: the words after "said" are the reported clause, not an
    /// inverted speaker ("said the harbour plan" does not make "the harbour plan" speak).
    @Test func aCueAfterAnAppositiveLeadsItsClause() throws {
        let q = try #require(quotes("Anna Berg, a lawyer from Lund, said the harbour plan had failed the islands.").first)
        #expect(q.speaker?.name == "Anna Berg")
        #expect(q.text == "the harbour plan had failed the islands")
        let inverted = try #require(quotes("The harbour plan had failed the islands, said Anna Berg on Friday.").first)
        #expect(inverted.speaker?.name == "Anna Berg")
        #expect(inverted.text == "The harbour plan had failed the islands")
    }

    /// `INTRO, X said CLAUSE`: the clause after the cue is what X said, not an adverbial.
    @Test func aLongClauseAfterTheCueIsItsContent() throws {
        let q = try #require(quotes("During the debate Monday, the mayor said the ferry fares are rising because of the fuel prices.").first)
        #expect(q.speaker?.mention == "the mayor")
        #expect(q.text == "the ferry fares are rising because of the fuel prices")
    }

    @Test func aSubjectWithModifiersSpeaksThroughItsHead() throws {
        let q = try #require(quotes("Experts on ferry safety and harbour design said the new pier could fail in a storm.").first)
        #expect(q.speaker?.mention == "Experts")
        #expect(q.text == "the new pier could fail in a storm")
    }

    /// A quotation left open to the end of the text inside a reported clause: the clause ends
    /// with the text (a fuzzer found the clause reaching one token past it).
    @Test func anOpenQuotationAtTheEndOfTheText() throws {
        let q = try #require(quotes("Anna Berg said the bank had \"lost its way").first)
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test func anInvertedCueBeforeAColon() throws {
        let body = "Said Ellis Holm: \"I don't get the sense she is interested in tax reform.\""
        let q = try #require(quotes(body).first)
        #expect(q.speaker?.name == "Ellis Holm")
        let people = QuoteFinder().find(in: AnnotatedArticle(Article(source: "t", body: body))).entities
        #expect(!people.contains { $0.name.hasPrefix("Said") }, "the cue is no part of the name")
    }

    @Test func aColonIntroductionWinsOverAParticipleAfterTheQuote() throws {
        let body = "In a statement, Peabody Energy said: \"The company was highly successful when it became independent,\" adding that its value quadrupled."
        let q = try #require(quotes(body).first)
        #expect(q.kind == .direct)
        #expect(q.speaker?.name == "Peabody Energy")
        #expect(words(body, q.quoted) == ["The company was highly successful when it became independent,"])
    }

    @Test func aNamedSpeakerAfterTheQuoteWinsOverAColonIntroduction() throws {
        let body = "Anna Berg scolded him: \"The scientists are almost unanimous against you,\" she said."
        let q = try #require(quotes(body).first)
        #expect(q.speaker?.mention == "she")
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test func anAdjunctOfTheQuoteBeforeTheTrailingCue() throws {
        let body = "\"The only way the banks will change is if executives face jail time\" for fraud, Anna Berg said."
        #expect(quotes(body).first?.speaker?.name == "Anna Berg")
    }

    @Test func aCueInASubordinateClauseAfterTheFragmentIsNotItsAttribution() throws {
        let body = "Anna Berg said Tomas Varga was \"absolutely right\" when he said that the port \"has been reduced to rubble.\""
        let q = try #require(quotes(body).first)
        #expect(q.kind == .mixed)
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test func aSentenceFinalQuotationDoesNotTakeTheNextSentencesCue() throws {
        let body = "Anna Berg says Varga's \"latest outburst is unhinged, even for him.\" She says it shows he is \"unfit to lead the port.\""
        let qs = quotes(body)
        #expect(qs.count == 2)
        #expect(qs.first?.speaker?.mention == "Anna Berg")
        #expect(words(body, qs.first?.quoted ?? []) == ["latest outburst is unhinged, even for him."])
    }

    @Test func aParticipleReportsForTheSubjectOfTheSentence() throws {
        let body = "During a long speech earlier in the day on Friday, Anna Berg attacked the plan, saying, \"It is reckless and very unstable.\""
        #expect(quotes(body).first?.speaker?.name == "Anna Berg")
        let mixed = "Local officials granted Tomas Varga an extension, saying his \"start-up capital was less than expected.\""
        #expect(quotes(mixed).first?.speaker?.mention == "Local officials")
    }

    @Test func aBareParticipleIsNoReportingVerb() {
        let body = "The footage of a wife of 20 years pleading for her husband's life came as officials praised the protests for being calm."
        #expect(quotes(body).first?.speaker?.mention == "officials")
    }

    @Test func capitalsOpeningTheSentenceQualifyTheSubject() throws {
        let body = "Ohio Democratic Party Chairman Tomas Varga called the ruling a \"huge win for Ohio voters.\""
        let q = try #require(quotes(body).first)
        #expect(q.kind == .mixed)
        #expect(q.speaker?.name == "Tomas Varga")
    }

    @Test func aDocumentSpeaksAsIt() throws {
        let body = "\"The developer has erased much of his debt and is moving ahead with major projects,\" it further wrote."
        #expect(quotes(body).first?.speaker?.mention == "it")
        let clause = "Tomas Varga is defending the tweets, saying it shows he would be awake for a call at night."
        #expect(quotes(clause).allSatisfy { $0.speaker?.mention != "it" }, "after a verb, \"it\" is the reported clause's subject")
    }

    @Test func theSubjectOfAVerbCoordinatedWithTheCue() throws {
        let body = "Once in my early 20s, when my mother mentioned the storm to me while driving on the coast road, I laughed and said, \"I don't believe in storms.\""
        #expect(quotes(body).first?.speaker?.mention == "I")
    }

    @Test func aShortNounPhraseOpeningTheSentenceSpeaks() throws {
        let body = "The commission says on its website that \"there were issues with the sound in the hall.\""
        #expect(quotes(body).first?.speaker?.mention == "The commission")
    }

    @Test func aCueWithAnObjectPronounAfterTheSubjectsQuotation() throws {
        let body = "\"Keep your hands in sight,\" Mary Holm sings to the crowd before asking them, \"Where do we go from here?\""
        #expect(quotes(body).last?.speaker?.name == "Mary Holm")
    }

    @Test func functionWordsAreNoQualifiersOfARole() throws {
        let body = "Other leaders used blunt language to denounce what Prime Minister Anna Berg called the North's \"reckless, provocative, dangerous\" tests."
        let q = try #require(quotes(body).first)
        #expect(q.speaker?.mention == "Prime Minister Anna Berg")
    }
}
