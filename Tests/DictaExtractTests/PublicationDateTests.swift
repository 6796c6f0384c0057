import Foundation
import Testing
@testable import DictaExtract

@Suite struct PublicationDateTests {
    typealias Stamp = PublicationDate.Stamp

    func choose(_ stamps: [Stamp], stated: Set<String> = [], shown: String? = nil, late: String? = nil,
                days: Set<String> = []) -> String? {
        PublicationDate.choose(stamps: stamps, stated: stated.union(stamps.compactMap { PageMetadata.day($0.raw) }),
                               shown: { shown }, shownLate: { late }, shownInFurniture: { nil }, shownDays: { days })
    }

    @Test func aStampWinsOverADateTheArticleMerelyMentions() {
        #expect(choose([Stamp(raw: "2021-03-04T10:00:00+01:00")], shown: "2020-01-01") == "2021-03-04")
    }

    @Test func theShownDateChoosesAmongStatedOnes() {
        // Published 4 March, updated 9 March; the page shows "Updated 9 March".
        #expect(choose([Stamp(raw: "2021-03-04T10:00:00+01:00")], stated: ["2021-03-09"], shown: "2021-03-09") == "2021-03-09")
        #expect(choose([Stamp(raw: "2021-03-04")], stated: ["2021-03-09"], late: "2021-03-09") == "2021-03-09")
    }

    @Test func aGenericStampLaterThanTheShownDateIsTheBuildDate() {
        #expect(choose([Stamp(raw: "2021-05-01", generic: true)], shown: "2021-04-28") == "2021-04-28")
        // A specific stamp is believed even so.
        #expect(choose([Stamp(raw: "2021-05-01")], shown: "2021-04-28") == "2021-05-01")
    }

    @Test func aUTCStampNearMidnightTakesTheLocalDayThePageShows() {
        let late = Stamp(raw: "2022-06-03T23:30:00Z")
        #expect(choose([late], days: ["2022-06-04"]) == "2022-06-04")
        // Not when the page also shows the stamp's own day, or shows neither.
        #expect(choose([late], days: ["2022-06-04", "2022-06-03"]) == "2022-06-03")
        #expect(choose([late]) == "2022-06-03")
        let early = Stamp(raw: "Fri, 03 Jun 2022 02:25:00 GMT")
        #expect(choose([early], days: ["2022-06-02"]) == "2022-06-02")
        // A stamp with an offset is already local.
        #expect(choose([Stamp(raw: "2022-06-03T23:30:00+02:00")], days: ["2022-06-04"]) == "2022-06-03")
    }

    @Test func withoutStampsTheShownDateIsTaken() {
        #expect(choose([Stamp(raw: "no date here")], shown: nil, late: "2019-07-01") == "2019-07-01")
    }

    @Test func daysShiftAcrossMonthsAndYears() {
        #expect(PublicationDate.shift("2020-03-01", days: -1) == "2020-02-29")
        #expect(PublicationDate.shift("2021-12-31", days: 1) == "2022-01-01")
    }

    @Test func urlsGiveDaysInBothOrders() {
        #expect(PageMetadata.dayInURL("https://example.org/2019/12/15/story") == "2019-12-15")
        #expect(PageMetadata.dayInURL("https://example.org/news/story-29-10-2021") == "2021-10-29")
        #expect(PageMetadata.dayInURL("https://example.org/p/12345-67-8901") == nil)
    }
}
