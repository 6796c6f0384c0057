import DictaCore
import DictaText
import Testing

/// Subjects and cues of shapes the rules once missed.
@Suite struct SubjectShapeTests {
    @Test func aPluralRoleAfterANumberIsASubject() throws {
        let q = try #require(quotes("Anna Berg runs the port. The two lawmakers argue that the harbour needs a second pier.").first)
        #expect(q.speaker?.mention == "The two lawmakers")
        #expect(q.text.hasSuffix("needs a second pier"))
    }

    @Test func anAsideBetweenSubjectAndCueIsSkipped() throws {
        let body = "Anna Berg runs the port. The harbour director, however, said the pier would \"cost far more than anyone planned\" next year."
        let q = try #require(quotes(body).last)
        #expect(q.kind == .mixed)
        #expect(q.speaker?.mention == "The harbour director")
    }

    @Test func aPhrasalCueBeforeAQuotationLeavesTheQuotationDirect() throws {
        let body = "Anna Berg runs the port. Her deputy pointed out, “The ferries have run late every winter since the storm.”"
        let q = try #require(quotes(body).last)
        #expect(q.kind == .direct)
        #expect(q.text == "The ferries have run late every winter since the storm.")
        #expect(q.speaker?.mention == "Her deputy")
    }

    @Test func aLongDescriptionSetOffByCommasIsTheSourceOfTheClauseAroundIt() throws {
        let body = "Anna Berg runs the port. Lund, as one of the mayor's harbour advisers pointed out, rarely gets two storms in a week."
        let q = try #require(quotes(body).last)
        #expect(q.speaker?.mention == "one of the mayor's harbour advisers")
        #expect(q.content.count == 2)
        #expect(q.text == "Lund … rarely gets two storms in a week")
    }

    @Test func aPlaceBeforeTheSubjectIsNoSpeaker() throws {
        let body = "Anna Berg runs the port. At a rally on Friday in Lund, Sweden, Berg questioned why the ferries run late every winter."
        let q = try #require(quotes(body).last)
        #expect(q.speaker?.mention == "Berg")
    }

    @Test func aParticipleAfterAPrepositionReportsForTheSubject() throws {
        let body = "Anna Berg runs the port. And she made a point of saying the pier \"was a place for the whole town to meet.\""
        let q = try #require(quotes(body).last)
        #expect(q.kind == .mixed)
        #expect(q.speaker?.mention == "she")
        #expect(q.text.hasPrefix("the pier"))
    }

    @Test func aTimeRightAfterTheCueIsNoPartOfTheContent() throws {
        // The shipped start model: "Friday" is when it was said, not what.
        let q = try #require(quotes("Anna Berg runs the port. The port authority said Friday it would keep the ferries running all winter.").last)
        #expect(q.text == "it would keep the ferries running all winter")
    }

    @Test func twoNamesJoinedByAndAreOneSource() throws {
        let q = try #require(quotes("Anna Berg runs the port. The ferries will run all winter, Varga and Lee said.").last)
        #expect(q.speaker?.mention == "Varga and Lee")
        #expect(q.speaker?.name == nil, "no single person")
    }
}
