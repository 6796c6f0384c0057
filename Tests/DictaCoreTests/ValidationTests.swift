import Testing
@testable import DictaCore

/// An extracted article from outside is checked field by field before it is stored.
@Suite struct ValidationTests {
    static let body = "\"We will rebuild the pier,\" Anna Berg said on Monday."

    /// A well-formed article: the quotation at its own span, Anna Berg as its speaker.
    static func article() -> AttributedArticle {
        let content = Span(1, 26)
        let quote = Quote(kind: .direct, text: ScalarText(body)[content], content: [content], quoted: [content],
                          cue: Cue(text: "said", span: Span(38, 42)),
                          speaker: Speaker(name: "Anna Berg", mention: "Anna Berg", span: Span(28, 37)), confidence: 0.9)
        return AttributedArticle(article: Article(source: "t", published: "2024-02-29", body: body), quotes: [quote],
                                 entities: [Entity(name: "Anna Berg", type: .person, mentions: [Span(28, 37)])])
    }

    @Test func aWellFormedArticlePasses() {
        #expect(Self.article().validationProblem() == nil)
    }

    @Test func aDirectQuotesTextIsItsQuotedWordsWhileItsContentKeepsTheMarks() {
        var doc = Self.article()
        doc.quotes[0].content = [Span(0, 27)]
        #expect(doc.validationProblem() == nil)
        doc.quotes[0].text = "\"We will rebuild the pier,\""
        #expect(doc.validationProblem()?.field == "quotes[0].text")
        // Reported speech has no such split: its text is its content.
        doc.quotes[0].kind = .indirect
        doc.quotes[0].quoted = []
        #expect(doc.validationProblem() == nil)
    }

    @Test func eachBadFieldIsNamed() {
        var cases: [(String, (inout AttributedArticle) -> Void)] = []
        cases.append(("id", { $0.article.id = "../../etc/passwd" }))
        cases.append(("id", { $0.article.id = "" }))
        cases.append(("published", { $0.article.published = "9999-99-99" }))
        cases.append(("published", { $0.article.published = "2023-02-29" }))
        cases.append(("modified", { $0.article.modified = "yesterday" }))
        cases.append(("quotes[0].content[0]", { $0.quotes[0].content = [Span(1, 500)] }))
        cases.append(("quotes[0].content[0]", { $0.quotes[0].content = [Span(-3, 4)] }))
        cases.append(("quotes[0].text", { $0.quotes[0].text = "We will not rebuild the pier," }))
        cases.append(("quotes[0].quoted[0]", { $0.quotes[0].quoted = [Span(30, 40)] }))
        cases.append(("quotes[0].confidence", { $0.quotes[0].confidence = 1.5 }))
        cases.append(("quotes[0].speaker.span", { $0.quotes[0].speaker?.span = Span(28, 900) }))
        cases.append(("entities[0].mentions[0]", { $0.entities[0].mentions = [Span(28, 900)] }))
        for (field, spoil) in cases {
            var a = Self.article()
            spoil(&a)
            #expect(a.validationProblem()?.field == field, "\(field)")
        }
    }

    @Test func datesWithTimesAndLeapDays() {
        #expect(AttributedArticle.isDate("2024-02-29"))
        #expect(AttributedArticle.isDate("2019-12-15T08:56:00+03:00"))
        #expect(!AttributedArticle.isDate("2100-02-29"))
        #expect(!AttributedArticle.isDate("2019-13-01"))
        #expect(!AttributedArticle.isDate("2019-12-15junk"))
    }
}

@Suite struct DatePrefixTests {
    @Test(arguments: [("2024", true), ("2024-02", true), ("2024-02-29", true), ("2023-02-29", false), ("2023-02-28", true),
                      ("2016-13-01", false), ("2020-02-30", false), ("2024-04-31", false), ("2024-4-01", false),
                      ("24", false), ("2024-", false), ("2024-01-01T00", false), ("２０２４", false)])
    func realYearsMonthsAndDays(date: String, valid: Bool) {
        #expect(DatePrefix.isValid(date) == valid)
    }

    @Test func withoutLeapYearsFebruaryHas29Days() {
        #expect(DatePrefix.isValid("2023-02-29", leapYears: false))
        #expect(!DatePrefix.isValid("2023-02-30", leapYears: false))
    }
}
