import Testing
@testable import DictaExtract

@Suite struct DatelineTests {
    @Test(arguments: [
        ("HAVENBURG (Nordpress) — The port reopened.", "HAVENBURG", "Nordpress"),   // place, agency, em dash
        ("LUND, Jan 5 (Baltic Wire) - The port reopened.", "LUND", "Baltic Wire"),  // date before agency, hyphen
        ("NEW HAVENBURG – The port reopened.", "NEW HAVENBURG", nil),               // two-word place, en dash
        ("ST. MORITZ — The port reopened.", "ST. MORITZ", nil),                     // period in the place
    ] as [(String, String, String?)])
    func recognised(paragraph: String, place: String, agency: String?) throws {
        let d = try #require(Dateline(paragraph: paragraph))
        #expect(d.place == place)
        #expect(d.agency == agency)
        #expect(String(paragraph.dropFirst(d.length)) == "The port reopened.")
    }

    @Test(arguments: [
        "US-NORDIA talks resumed on Monday.",   // hyphenated word, no space after the dash
        "The port reopened — after a week.",    // ordinary sentence
        "A — the first letter.",                 // one capital is not a place
        "HAVENBURG is a port city.",             // capitals but no dash
        "",                                      // nothing
    ])
    func notADateline(paragraph: String) {
        #expect(Dateline(paragraph: paragraph) == nil)
    }
}
