import DictaPeople
import Testing

/// What kind of source a speaker name is, and the offices mentions give.
@Suite struct SpeakerKindsTests {
    @Test(arguments: [
        ("Iowa", "a place"), ("New Hampshire", "a place"), ("United States", "a place"),
        ("R-Utah", "party and state"), ("Saturday", "a date"), ("Senate Minority", "part of a title"),
        ("Americans", "nationality"), ("Trump Tower", "a place"), ("Carolina", "part of a place's name"), ("He", "pronoun"), ("Barack Obama's dog", "of someone's"),
    ])
    func noSourceIsRefusedWithItsReason(name: String, reason: String) {
        guard case .refused(let why) = SpeakerKinds.classify(name) else {
            Issue.record("\(name) was taken as a source")
            return
        }
        #expect(why.contains(reason), "\(name): \(why)")
    }

    @Test(arguments: ["Democrats", "Senate Republicans", "CNN", "F.B.I.", "AP", "New York Times", "Post",
                      "White House", "Politico", "Clinton Foundation", "Barack Obama's DOJ"])
    func partiesAgenciesAndOutletsAreOrganizations(name: String) {
        #expect(SpeakerKinds.classify(name).type == .organization, "\(name)")
    }

    @Test(arguments: ["Donald Trump", "Trump", "Mary Lund", "Jens Stoltenberg", "CLINTON"])
    func namesArePeople(name: String) {
        #expect(SpeakerKinds.classify(name).type == .person, "\(name)")
    }

    @Test func wordsASentenceGluedBeforeANameAreTrimmed() {
        #expect(SpeakerKinds.trimmed("The Trump") == "Trump")
        #expect(SpeakerKinds.trimmed("Here’s Clinton") == "Clinton")
        #expect(SpeakerKinds.trimmed("Several Cruz") == "Cruz")
        #expect(SpeakerKinds.trimmed("Despite Trump") == "Trump")
        #expect(SpeakerKinds.trimmed("Billionaire Donald Trump") == "Donald Trump")
        // A name is left whole.
        #expect(SpeakerKinds.trimmed("Donald J. Trump") == "Donald J. Trump")
        #expect(SpeakerKinds.trimmed("Mary Lund") == "Mary Lund")
        #expect(SpeakerKinds.withoutOwner("Barack Obama's DOJ") == "DOJ")
        #expect(SpeakerKinds.withoutOwner("New York Times") == "New York Times")
    }

    @Test func rolesAreNounPhrasesOfTheTitleLexicon() {
        #expect(Roles.stated(mention: "Russian Defense Minister Sergei Shoigu", name: "Sergei Shoigu") == "Russian Defense Minister")
        #expect(Roles.stated(mention: "one candidate", name: nil) == "candidate")
        #expect(Roles.stated(mention: "Health Minister Mary Lund", name: "Mary Lund") == "Health Minister")
        // Clause fragments cut before a name, and another person's office, are no role.
        #expect(Roles.stated(mention: "without any evidence that President Obama", name: "Obama") == nil)
        #expect(Roles.stated(mention: "where President Obama", name: "Obama") == nil)
        #expect(Roles.stated(mention: "spokesman for Democratic presidential candidate Hillary Clinton",
                             name: "Hillary Clinton") == nil)
        #expect(Roles.stated(mention: "top adviser to President Obama", name: "Obama") == nil)
    }
}
