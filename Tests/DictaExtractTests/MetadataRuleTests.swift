import Testing
@testable import DictaExtract

@Suite struct BylineTests {
    @Test(arguments: [
        ("By Anna Berg", "Anna Berg"),                                  // English label
        ("Posted by Tomas Varga at 18:52", "Tomas Varga"),              // label and a time after the name
        ("AuthorAnna Berg", "Anna Berg"),                               // label glued on
        ("Von: Anna Berg", "Anna Berg"),                                // German label with colon
        ("Anna Berg22. Februar 2020", "Anna Berg"),                     // date glued on
        ("8. Januar 2020 · by aurelia · in Reisen", "aurelia"),         // the labelled part of a meta line
        ("~ Tomas Varga", "Tomas Varga"),                               // decoration
        ("Anna Berg -", "Anna Berg"),                                   // trailing dash
        ("harbourfan1984", "harbourfan1984"),                           // digits that end a user name stay
        ("Tomas Varga Fr, 10.04.2020", "Tomas Varga"),                  // weekday before the date
        ("Anna Berg Stand: 12.03.2020", "Anna Berg"),                   // "as of" stamp after the name
        ("Interview: Anna Berg", "Anna Berg"),                          // interview label
        ("Anna\u{A0}Berg", "Anna Berg"),                                // no-break space inside
    ])
    func cleansToTheName(raw: String, name: String) {
        #expect(Byline.name(raw) == name)
    }

    @Test(arguments: ["Posted on", "Veröffentlicht am", "Name (erforderlich)", "Name *", "By", "Follow",
                      "Alles über Lautsprecher, Heimkino und HiFi-Trends mit vielen praktischen Tipps"])
    func labelsAndFormFieldsAreNoName(raw: String) {
        #expect(Byline.name(raw) == nil)
    }

    @Test func shortLabelledLinesOfTextAreBylines() {
        #expect(Byline.fromLine("Von R. R. am 3. Mai 2012") == "R. R.")
        #expect(Byline.fromLine("Gespeichert von rasos") == "rasos")
        #expect(Byline.fromLine("by the way, this is not a byline at all") == nil)
    }
}

@Suite struct DateFinderTests {
    @Test(arguments: [
        ("Veröffentlicht am 15. März 2019 von Anna", true, "2019-03-15"),  // German, written month
        ("Posted on March 15th, 2019 by Anna", false, "2019-03-15"),      // English, month first
        ("Aktualisiert: 30.12.2016", true, "2016-12-30"),                 // numeric with dots
        ("Updated 2020-04-09T07:59", false, "2020-04-09"),                // ISO inside text
        ("03/12/2020", true, "2020-12-03"),                               // slashes, day first where the language says so
        ("13/03/2020", false, "2020-03-13"),                              // slashes, unambiguous
        ("03/12/2020", false, nil),                                       // slashes, ambiguous in English
        ("Version 2.1.2020 of the app", true, "2020-01-02"),              // looks like a date, reads as one
        ("Call 555-1234 today", true, nil),                               // digits, no date
        ("Von: Anna Berg | 31.10.23", true, "2023-10-31"),                // two-digit year
        ("Anmeldedatum 26.10.13", true, "2013-10-26"),                    // two-digit year, last century's rule
        ("Erstellt am09.02.2022", true, "2022-02-09"),                    // label glued to the date
        ("Version 1.2.3.4 released", true, nil),                          // a version number is no date
    ])
    func finds(text: String, dayFirst: Bool, expected: String?) {
        #expect(DateFinder(dayFirst: dayFirst).first(in: text) == expected)
    }
}

@Suite struct HeadlineTests {
    @Test func siteNameH1GivesWayToThePostTitle() {
        // A blog: the site's name is the <h1> and the last part of <title>.
        let h = Headline(h1: ["Harbour Notes", "Ferry route approved"], h2: [], og: nil, ld: nil,
                         tag: "Ferry route approved | Harbour Notes", outlet: nil)
        #expect(h.best == "Ferry route approved")
    }

    @Test func postTitleInAnH2UnderTheSiteName() {
        let h = Headline(h1: ["Harbour Notes"], h2: ["Ferry route approved"], og: nil, ld: nil,
                         tag: "Harbour Notes » Ferry route approved", outlet: nil)
        #expect(h.best == "Ferry route approved")
    }

    @Test func h1BeatsAnUnrelatedTitleTag() {
        let h = Headline(h1: ["Ferry route approved"], h2: [], og: nil, ld: nil, tag: "Home", outlet: nil)
        #expect(h.best == "Ferry route approved")
    }

    @Test func navigationHeadingsAreSkipped() {
        let h = Headline(h1: ["Menu"], h2: [], og: "Ferry route approved", ld: nil, tag: "Ferry route approved - Harbour", outlet: "Harbour")
        #expect(h.best == "Ferry route approved")
    }

    @Test func headingEqualToTheWholeTitleWins() {
        // The site's name is the first <h1>; the post title is a later one and the whole <title>.
        let h = Headline(h1: ["Harbour Notes", "Ferry route approved"], h2: [], og: nil, ld: nil,
                         tag: "Ferry route approved", outlet: nil)
        #expect(h.best == "Ferry route approved")
    }

    @Test func headerH1CountsWhenTheTitleAgrees() {
        // The only <h1> sits in a page header skipped as furniture; <title> says it is the headline.
        let h = Headline(h1: [], h2: [], furnitureH1: ["Ferry route approved"], og: "Ferry approved: what changes",
                         ld: nil, tag: "Ferry route approved | The Harbour Times", outlet: nil)
        #expect(h.best == "Ferry route approved")
        // A header <h1> that is the site's name is not.
        let site = Headline(h1: [], h2: [], furnitureH1: ["The Harbour Times"], og: nil, ld: nil,
                            tag: "Ferry route approved | The Harbour Times", outlet: nil)
        #expect(site.best == "Ferry route approved")
    }

    @Test func aDomainNameIsNoHeadline() {
        let h = Headline(h1: ["harbour-notes.de"], h2: [], og: nil, ld: nil, tag: "Ferry route approved", outlet: nil)
        #expect(h.best == "Ferry route approved")
    }

    @Test func titleTagLosesTheOutlet() {
        let h = Headline(h1: [], h2: [], og: nil, ld: nil, tag: "The Harbour Times | Ferry route approved after long debate", outlet: "The Harbour Times")
        #expect(h.best == "Ferry route approved after long debate")
    }
}

@Suite struct HeadlineKickerTests {
    @Test func aKickerElementIsDroppedWhenTheStatedTitleAgrees() throws {
        let page = Pages.article(head: "<meta property=\"og:title\" content=\"Council approves ferry route\">")
            .replacingOccurrences(of: "<h1>Council approves ferry route</h1>",
                                  with: "<h1><span class=\"kicker\">Islands</span>: Council approves ferry route</h1>")
        #expect(try Pages.extract(page).title == "Council approves ferry route")
    }

    @Test func aKickerIsKeptWhenNothingStatesTheShorterTitle() throws {
        let page = Pages.article()
            .replacingOccurrences(of: "<title>Council approves ferry route - The Harbour Times</title>", with: "<title>The Harbour Times</title>")
            .replacingOccurrences(of: "<h1>Council approves ferry route</h1>",
                                  with: "<h1><span class=\"kicker\">Islands</span> Council approves ferry route</h1>")
        #expect(try Pages.extract(page).title == "Islands Council approves ferry route")
    }

    @Test(arguments: [
        ([Headline.Piece.open("span"), .text("Islands"), .close, .text(": Ferry route approved")], "Ferry route approved"),
        // A lone wrapper is stepped into.
        ([.open("a"), .open("span"), .text("Islands"), .close, .text(" Ferry route approved"), .close], "Ferry route approved"),
        // Loose text first, or inline wording first: no kicker.
        ([.text("Ferry "), .open("span"), .text("route"), .close, .text(" approved")], nil),
        ([.open("em"), .text("Ferry"), .close, .text(" route approved")], nil),
        // Nothing after the first element.
        ([.open("span"), .text("Ferry route approved"), .close], nil),
    ] as [([Headline.Piece], String?)])
    func kickerFromStructure(pieces: [Headline.Piece], bare: String?) {
        #expect(Headline.withoutKicker(pieces) == bare)
    }

    @Test func anH1RepeatedByOpenGraphWins() {
        let h = Headline(h1: ["News", "Ferry route approved"], h2: [], og: "Ferry route approved", ld: nil,
                         tag: "News - The Harbour Times", outlet: "The Harbour Times", stated: ["Ferry route approved"])
        #expect(h.best == "Ferry route approved")
    }

    @Test func aLongLastTitlePartIsTheHeadlineNotTheSite() {
        let h = Headline(h1: ["The council approves the northern ferry route after eleven years"], h2: [], og: nil, ld: nil,
                         tag: "Harbour - News - The council approves the northern ferry route after eleven years", outlet: nil)
        #expect(h.best == "The council approves the northern ferry route after eleven years")
    }
}
