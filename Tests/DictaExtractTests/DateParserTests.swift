import Testing
import DictaExtract

@Suite struct DateParserTests {
    @Test(arguments: [
        ("2019-12-15", "2019-12-15"),              // ISO
        ("15 December 2019", "2019-12-15"),        // day month year
        ("December 15, 2019", "2019-12-15"),       // month day, year
        ("Dec. 15, 2019", "2019-12-15"),           // abbreviated month
        ("Sept 3, 2020", "2020-09-03"),            // four-letter abbreviation
        ("15.12.2019", "2019-12-15"),              // European numeric
        ("3rd March 2021", "2021-03-03"),          // ordinal suffix
        ("Monday, March 3 2021 10:30", "2021-03-03"), // weekday and time around it
        ("3. März 2021", "2021-03-03"),            // German
        ("15 de marzo de 2021", "2021-03-15"),     // Spanish
        ("1 juillet 2020", "2020-07-01"),          // French
    ])
    func parses(text: String, iso: String) {
        #expect(DateParser.isoDay(from: text) == iso)
    }

    @Test(arguments: [
        "12/15/2019",        // month-first numeric: ambiguous
        "15/12/19",          // two-digit year
        "15 December",       // no year
        "December 2019",     // no day
        "updated 5 hours ago", // relative
        "15 December 1850",  // year out of range
        "",                  // nothing
    ])
    func refuses(text: String) {
        #expect(DateParser.isoDay(from: text) == nil)
    }

    // Regression (a bug until fixed): the day is only checked against 1...31, so days a month does not have pass.
    @Test(arguments: [
        "30 February 2021",   // February has no 30th
        "31.04.2021",         // April has 30 days
        "2021-02-29",         // 2021 is not a leap year
    ])
    func refusesDaysTheMonthDoesNotHave(text: String) {
        #expect(DateParser.isoDay(from: text) == nil)
        
    }

    @Test func leapDayInALeapYear() {
        #expect(DateParser.isoDay(from: "29 February 2024") == "2024-02-29")
    }
}
