import Testing
@testable import DictaExtract

@Suite struct ScrapedTextCleanerTests {
    /// A made-up scraped page: clock, title, credit, stamp, dateline, a related link, tags.
    static let page = """
    12:30 GMT 3 March 2021
    Minister Rejects Claims Over Harbour Deal
    © Nordpress / Lena Holm
    Published: 14 March 2021
    HAVENBURG (Nordpress) — The harbour minister on Tuesday rejected the claims made by the opposition.
    Anna Berg said the deal had been signed in good faith and would stand.
    Related Story About Something Else Entirely
    She added that the port would remain open through the winter months.
    Harbour, Anna Berg, Shipping, Havenburg
    """

    @Test func findsTitleBodyDatelineStampAndTags() {
        let r = ScrapedTextCleaner().clean(Self.page)
        #expect(r.title == "Minister Rejects Claims Over Harbour Deal")
        #expect(r.dateline == "HAVENBURG")
        #expect(r.outlet == "Nordpress")                 // the agency in the dateline
        #expect(r.published == "2021-03-14")             // the labelled stamp, not the clock
        #expect(r.modified == nil)
        #expect(r.keywords == ["Harbour", "Anna Berg", "Shipping", "Havenburg"])
        #expect(r.body == """
            The harbour minister on Tuesday rejected the claims made by the opposition.

            Anna Berg said the deal had been signed in good faith and would stand.

            She added that the port would remain open through the winter months.
            """)
    }

    @Test func outletFromPhotoCreditWhenNoAgency() {
        let text = """
        Ferry Strike Ends After Two Weeks
        Photo: Baltic Wire / Jon Ek
        The ferry workers went back to work on Monday morning.
        Their union said the new contract was a fair one.
        """
        let r = ScrapedTextCleaner().clean(text)
        #expect(r.outlet == "Baltic Wire")
        #expect(r.dateline == nil)
        #expect(!r.body.contains("Photo"))
    }

    @Test func dropsLinesThePageRepeats() {
        let text = """
        Storm Closes Harbour For Three Days
        A crane is seen near the closed harbour gate.
        The storm closed the harbour for three days this week.
        A crane is seen near the closed harbour gate.
        Boats stayed in port until the wind had calmed down.
        """
        let r = ScrapedTextCleaner().clean(text)
        #expect(!r.body.contains("crane"))   // a caption shown twice is not body
        #expect(r.body.hasPrefix("The storm closed"))
        #expect(r.captions == ["A crane is seen near the closed harbour gate."])
    }

    @Test func loneProseLineAboveTheTitleIsACaption() {
        let text = """
        Harbour Minister Anna Bergh speaks at the port conference, Havenburg.
        Minister Rejects Claims Over Harbour Deal
        The harbour minister on Tuesday rejected the claims made by the opposition.
        Anna Berg said the deal had been signed in good faith and would stand.
        """
        let r = ScrapedTextCleaner().clean(text)
        #expect(r.title == "Minister Rejects Claims Over Harbour Deal")
        #expect(r.captions == ["Harbour Minister Anna Bergh speaks at the port conference, Havenburg."])
        #expect(!r.body.contains("conference"))
    }

    @Test func updatedStampIsModified() {
        let text = """
        Council Votes On New Port Budget
        Updated: 2021-03-15
        The council voted on the new port budget late on Monday.
        The vote passed by a wide margin after a long debate.
        """
        let r = ScrapedTextCleaner().clean(text)
        #expect(r.modified == "2021-03-15")
        #expect(r.published == nil)
        #expect(!r.body.contains("Updated"))
    }

    @Test func emptyTextGivesEmptyResult() {
        let r = ScrapedTextCleaner().clean("\n\n  \n")
        #expect(r.title == nil)
        #expect(r.body == "")
        #expect(r.keywords.isEmpty)
    }

    /// A plain corpus file whose first line is its headline, closing period and all.
    @Test func aFirstLineStandingAloneIsTheHeadline() {
        let text = """
            Clinton camp: the ferry plan threatens the harbour budget.

            The council approved the new ferry route on Tuesday after a long debate about costs.

            Opponents said the plan would cost the city far more than the mayor had promised.
            """
        let r = ScrapedTextCleaner().clean(text)
        #expect(r.title == "Clinton camp: the ferry plan threatens the harbour budget")
        #expect(!r.body.contains("Clinton camp"))
        // A closing abbreviation keeps its period.
        #expect(ScrapedTextCleaner.withoutClosingPeriod("Talks with the U.S.") == "Talks with the U.S.")
    }

    @Test(arguments: [
        // A quoted lede is body, not a headline.
        "\u{201C}We will sail in spring,\u{201D} the mayor said on Tuesday morning.\n\nThe council approved the new ferry route after a long debate about costs.\n\nOpponents said the plan would cost the city far more than promised.",
        // No blank line after it: the first paragraph of the body.
        "The council approved the new ferry route on Tuesday after a long debate.\nOpponents said the plan would cost the city far more than promised.\nThe mayor said the boats would sail in spring this year.",
    ])
    func aFirstLineThatIsBodyStaysBody(text: String) {
        let r = ScrapedTextCleaner().clean(text)
        #expect(r.title == nil)
        #expect(r.body.hasPrefix(String(text.prefix(20))))
    }
}

