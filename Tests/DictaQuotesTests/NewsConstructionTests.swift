import DictaCore
import DictaText
import Testing
@testable import DictaQuotes

/// The words of `body` at each of `spans`.
func words(_ body: String, _ spans: [Span]) -> [String] {
    let scalars = Array(body.unicodeScalars)
    return spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
}

/// Everything finds all quotations and attributes; these are the constructions of real news
/// pages that it used to get wrong, each in a small example written for the test.
@Suite struct QuotedFragmentTests {
    @Test func aDirectQuoteIsQuotedWhole() throws {
        let q = try #require(quotes("\"We will keep the harbour open,\" Anna Berg said.").first)
        // The words without their marks; the content with them.
        #expect(q.quoted == [Span(1, 31)])
        #expect(q.content == [Span(0, 32)])
    }

    @Test func twoFragmentsOfOneClauseAreOneStatementWithTwoQuotedSpans() throws {
        let body = "Tomas Varga said the port was \"doing better than ever\" but still facing \"a very hard winter ahead\" this year."
        let qs = quotes(body)
        #expect(qs.count == 1)
        let q = try #require(qs.first)
        #expect(q.kind == .mixed)
        #expect(words(body, q.quoted) == ["doing better than ever", "a very hard winter ahead"])
        #expect(q.speaker?.name == "Tomas Varga")
    }

    @Test func shortFragmentsAfterDescribingCues() throws {
        for (body, fragment) in [
            ("Anna Berg described the plan as \"reckless\" on Monday.", "reckless"),
            ("Anna Berg called the decision \"a disgrace\" in a statement.", "a disgrace"),
            ("Anna Berg dismissed the report as \"pure fiction\" and left.", "pure fiction"),
            ("Anna Berg said she was \"honored\" to be chosen.", "honored"),
        ] {
            let q = try #require(quotes(body).first, "\(body)")
            #expect(q.kind == .mixed, "\(body)")
            #expect(words(body, q.quoted) == [fragment], "\(body)")
            #expect(q.speaker?.name == "Anna Berg", "\(body)")
        }
    }

    @Test func titlesInQuotationMarksAreNoQuotations() {
        #expect(quotes("Anna Berg said the band's \"Songs of the Harbour\" was her favourite album.").allSatisfy { $0.quoted.isEmpty })
        #expect(quotes("The film \"Parasite\" won the top prize, Anna Berg said.").allSatisfy { $0.quoted.isEmpty })
    }

    @Test func aShortTermWithNobodyToSayItIsAScareQuote() {
        #expect(quotes("The so-called \"harbour tax\" was dropped last year.").isEmpty)
    }

    @Test func longerQuotedWordsWithoutACueBelongToTheSentenceSubject() throws {
        let body = "Anna Berg spoke for an hour. Berg wants the town to \"build a harbour that lasts a hundred years\" before she retires."
        let q = try #require(quotes(body).first)
        #expect(q.kind == .mixed)
        #expect(words(body, q.quoted) == ["build a harbour that lasts a hundred years"])
        #expect(q.speaker?.name == "Anna Berg")
    }
}

@Suite struct PronounAgreementTests {
    @Test func sheSkipsTheManNamedLast() throws {
        let body = "Mary Lund met John Carter at the port. \"We will sign the deal in May,\" she said."
        let q = try #require(quotes(body).first)
        #expect(q.speaker?.mention == "she")
        #expect(q.speaker?.name == "Mary Lund")
    }

    @Test func heIsAPersonNotACompany() throws {
        let body = "John Carter runs the yard. The Lund Shipping Company lost money this year. \"We will recover,\" he said."
        #expect(quotes(body).first?.speaker?.name == "John Carter")
    }

    @Test func heIsTheSubjectOfTheNearestSentenceNotTheLastSpeaker() throws {
        let body = """
            "The port will stay open," John Carter said.

            Peter Holm, the harbour master, disagreed with the plan.

            "We cannot keep it open in winter," he said.
            """
        let qs = quotes(body)
        #expect(qs.last?.speaker?.name == "Peter Holm")
    }

    @Test func aHeadingOrAThingAfterTheIsNoAntecedent() throws {
        #expect(quotes("Garden Days\n\n\"I like the rain on the roof,\" she said.").first?.speaker?.name == nil)
        let body = "Rakeyia Holm can be heard on the video. \"Don't do it,\" she says."
        #expect(quotes(body).first?.speaker?.name == "Rakeyia Holm", "a name the lists lack, in running text")
    }

    @Test func aPlaceTheGazetteerLacksIsNoAntecedent() throws {
        #expect(quotes("Protesters gathered in Coral Springs on Monday. \"We are angry,\" she said.").first?.speaker?.name == nil)
    }

    @Test func theOutletToldIsTheListener() throws {
        let q = try #require(quotes("\"We are ready for the storm,\" Anna Berg told The Lund Times.").first)
        #expect(q.speaker?.name == "Anna Berg")
    }
}

@Suite struct AppositiveSpeakerTests {
    @Test func aLongAppositiveAfterTheQuote() throws {
        let q = try #require(quotes("\"We are just guessing,\" said Anna Berg, a spokesperson for the school system in the county.").first)
        #expect(q.speaker?.name == "Anna Berg")
        let before = try #require(quotes("\"We are just guessing,\" Anna Berg, a spokesperson for the school system in the county, said.").first)
        #expect(before.speaker?.name == "Anna Berg")
    }

    @Test func anOfficeChainBeforeTheName() throws {
        let q = try #require(quotes("\"The zone will grow,\" Minister of Trade and Industry, Senator Anna Berg, told reporters.").first)
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test func commaThenCueThenName() throws {
        let q = try #require(quotes("\"We are like every other district\" trying to keep students safe, says Anna Berg.").first)
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test func aColonLineNamesTheSpeakerOfTheNextParagraph() throws {
        let q = try #require(quotes("From Chairwoman Anna Berg:\n\n\"The committee will meet again in March.\"").first)
        #expect(q.speaker?.name == "Anna Berg")
    }

    @Test func aTranscriptTurn() throws {
        let body = "Chris Holm interviewed Anna Berg.\n\n\"HOLM: Will the port stay open this winter?\n\n\"BERG: It will, and the ferries will run.\""
        let qs = quotes(body)
        #expect(qs.map { words(body, $0.quoted).first ?? "" } == ["Will the port stay open this winter?", "It will, and the ferries will run."])
        #expect(qs.map { $0.speaker?.name } == ["Chris Holm", "Anna Berg"])
    }
}

@Suite struct SpeakerNameTests {
    @Test func titlesHonorificsAndOwnersAreNotPartOfTheName() {
        for (body, name) in [
            ("\"We acted fast,\" said Prof Anna Berg.", "Anna Berg"),
            ("\"We acted fast,\" said the university's Anna Berg.", "Anna Berg"),
            ("\"We acted fast,\" Lund Police Commissioner Anna Berg said.", "Anna Berg"),
            ("\"We acted fast,\" Transportation chief Anna Berg said.", "Anna Berg"),
            ("\"We acted fast,\" said a skeptical Anna Berg.", "Anna Berg"),
            ("\"We acted fast,\" said Lund-based lawyer Anna Berg.", "Anna Berg"),
        ] {
            #expect(quotes(body).first?.speaker?.name == name, "\(body)")
        }
    }

    @Test func multiWordSurnamesStayWhole() {
        #expect(quotes("\"We acted fast,\" said Mayor Bill de Blasio.").first?.speaker?.name == "Bill de Blasio")
        #expect(quotes("\"We acted fast,\" said Laurence des Cars, the museum's director.").first?.speaker?.name == "Laurence des Cars")
    }

    @Test func aPartyAndStateTagIsNoSpeaker() {
        #expect(quotes("\"We will vote no,\" Jason Holm, R-Utah, said.").first?.speaker?.name == "Jason Holm")
    }

    @Test func aTitleWordAsASurname() throws {
        let body = "The show's host, Gayle King, met the mayor. \"What do you expect from the vote?\" King asked."
        #expect(quotes(body).first?.speaker?.name == "Gayle King")
    }

    @Test func aNicknameWithAnArticleIsNoPersonOfThatName() throws {
        let body = "Donald Holm spoke in Lund. \"We will win this,\" the Donald said."
        #expect(quotes(body).first?.speaker?.name == "Donald Holm")
        #expect(quotes("\"We will win this,\" the Donald said.").first?.speaker?.name == nil)
    }

    @Test func aNobleStyleIsTheFullNameAndTheGivenNameNamesThePerson() throws {
        let body = "Meghan, Duchess of Sussex, spoke to the press. \"It was hard,\" Meghan said."
        #expect(quotes(body).first?.speaker?.name == "Meghan, Duchess of Sussex")
    }

    @Test func anOrganisationSpeakerIsTypedAsSuch() throws {
        let doc = AnnotatedArticle(Article(source: "t", body: "\"The virus is spreading,\" the World Health Organization said."))
        let (qs, entities) = QuoteFinder().find(in: doc)
        #expect(qs.first?.speaker?.name == "World Health Organization")
        #expect(entities.contains { $0.name == "World Health Organization" && $0.type == .organization })
    }
}
