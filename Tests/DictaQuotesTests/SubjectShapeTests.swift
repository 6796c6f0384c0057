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
}
