import Foundation
import Testing

/// `--speaker NAME` answers for the one person a name picks and says who else it names.
@Suite struct SpeakerChoiceTests {
    func store(_ dir: TempDir, annaStatements: Int) throws -> String {
        let anna = (1...annaStatements).map { "\"We will sign deal number \($0),\" Anna Berg said on Monday." }.joined(separator: "\n\n")
        try dir.write("in/a.txt", "Harbour Talks\n\n" + anna + "\n")
        try dir.write("in/b.txt", "Port Fees\n\n\"The fees are too high,\" Olaf Berg said on Tuesday.\n")
        let db = dir.file("db.sqlite").path
        let r = try CLI.run(["ingest", "--db", db, dir.file("in").path])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    @Test func aNameBorneByOneDominantPersonPicksThemAndNamesTheOthers() throws {
        let dir = try TempDir()
        let db = try store(dir, annaStatements: 3)
        try dir.write("more/c.txt", "Later\n\n\"It is done,\" Berg said on Friday.\n")
        #expect(try CLI.run(["ingest", "--db", db, dir.file("more").path]).status == 0)
        let r = try CLI.run(["quotes", "--db", db, "--speaker", "Berg", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\"Berg\" is Anna Berg (id "), "\(r.stderr)")
        #expect(r.stderr.contains("also named so: Olaf Berg (id "), "\(r.stderr)")
        let rows = r.stdout.split(separator: "\r\n").dropFirst()
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.hasPrefix("Anna Berg,") })
        // The speakers' JSON says what kind each is.
        let json = try CLI.run(["speakers", "--db", db, "--format", "json"])
        let people = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(people.map { $0["type"] as? String } == ["person", "person"])
    }

    @Test func aNameThatPicksNoOneListsTheCandidates() throws {
        let dir = try TempDir()
        let db = try store(dir, annaStatements: 1)
        let r = try CLI.run(["quotes", "--db", db, "--speaker", "Berg"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\"Berg\" names 2 speakers: "), "\(r.stderr)")
        #expect(r.stderr.contains("Choose one with --speaker-id ID."))
        #expect(!r.stderr.contains("Usage:"))
        // The id from the list chooses.
        let json = try CLI.run(["speakers", "--db", db, "--format", "json"])
        let people = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let olaf = try #require(people.first { $0["name"] as? String == "Olaf Berg" }?["id"] as? Int)
        let chosen = try CLI.run(["quotes", "--db", db, "--speaker-id", "\(olaf)", "--format", "csv"])
        #expect(chosen.stdout.contains("The fees are too high"))
        #expect(!chosen.stdout.contains("We will sign"))
        let speaker = try CLI.run(["speaker", "--db", db, "--id", "\(olaf)"])
        #expect(speaker.stdout.hasPrefix("Olaf Berg (id \(olaf)): 1 statement"))
        #expect(speaker.stdout.contains("The fees are too high"))
        // A confidence floor no attribution reaches lists none of them (the count still says 1).
        let sure = try CLI.run(["speaker", "--db", db, "--id", "\(olaf)", "--min-confidence", "1"])
        #expect(sure.stdout.hasPrefix("Olaf Berg (id \(olaf)): 1 statement"))
        #expect(!sure.stdout.contains("The fees are too high"))
    }

    @Test func aPlaceIsNoSpeakerAndSaysSo() throws {
        let dir = try TempDir()
        let db = try store(dir, annaStatements: 1)
        let r = try CLI.run(["speaker", "--db", db, "Iowa"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Iowa is a place"), "\(r.stderr)")
    }
}
