import DictaCore
@testable import DictaQuotes
import DictaText
import Testing

/// A credit after the content whose source is a description no speaker phrase takes: the
/// place in the sentence makes it the source.
@Suite struct CreditDescriptionTests {
    @Test(arguments: [
        ("The ferry was not carrying any cargo, police said.", "police"),
        ("The mayor left the harbour before the council could meet him, a source said.", "a source"),
        ("The family saw the video on Thursday, attorneys for the family said.", "attorneys for the family"),
        ("More than 2,000 people walked along the pier on Sunday, according to the organizers.", "the organizers"),
    ])
    func aTrailingCreditTakesAnyShortDescription(body: String, source: String) throws {
        let q = try #require(quotes(body).first)
        #expect(q.kind == .indirect)
        #expect(q.speaker?.mention == source)
        #expect(q.speaker?.name == nil)
        // Measured: such credits are right more often than the rules' other unnamed speakers.
        #expect(q.confidence > QuoteFinder.unnamedConfidence)
        #expect(q.text.hasPrefix(String(body.prefix(10))))
    }

    @Test func aLeadingAccordingToTakesAnySourceBeforeItsComma() throws {
        let q = try #require(quotes("According to the harbour data, most ferries arrive late in winter.").first)
        #expect(q.speaker?.mention == "the harbour data")
        #expect(q.text == "most ferries arrive late in winter")
    }

    @Test func aClauseAfterTheCommaIsNoCredit() {
        // "and the ferries said" is no credit: a clause word opens it.
        #expect(quotes("The port stays open in winter, and the ferries said nothing.").allSatisfy { $0.speaker?.mention != "and the ferries" })
        #expect(quotes("The port stays open in winter, as the ferries said.").allSatisfy { $0.speaker?.mention != "as the ferries" })
    }

    @Test(arguments: [
        ("The ferries could run all winter if the council pays for a new pier, Tomas Varga told reporters.", "Tomas Varga"),
        ("The ferries could run all winter if the council pays for a new pier, Varga told The Harbour News on Thursday.", "Varga"),
        ("The ferries could run all winter if the council pays for a new pier, Sen. Tomas Varga (R-Lund) told the paper.", "Sen. Tomas Varga"),
    ])
    func aCreditWithToldTakesWhomItToldFirst(body: String, mention: String) throws {
        let q = try #require(quotes(body).first)
        #expect(q.kind == .indirect)
        #expect(q.speaker?.mention == mention)
        #expect(q.text == "The ferries could run all winter if the council pays for a new pier")
    }
}
