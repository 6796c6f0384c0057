import Foundation
import Testing

/// `dicta stats`: share of voice from the command line.
@Suite struct StatsTests {
    @Test func statsCountsSpeakersOutletsAndGender() throws {
        let dir = try TempDir()
        try dir.write("in/a.txt", "Harbour Talks\n\n\"We will sign the deal,\" Anna Berg said on Monday.\n\n\"It is late,\" Anna Berg said.\n")
        try dir.write("in/b.txt", "Port Fees\n\n\"The fees are too high,\" Olaf Berg said on Tuesday.\n")
        let meta = try dir.write("meta.tsv", "file\toutlet\tpublished\na\tHarbour News\t2016-03-11\nb\tPort Gazette\t2016-04-02\n")
        let db = dir.file("db.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, "--metadata", meta.path, dir.file("in").path]).status == 0)
        let r = try CLI.run(["stats", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("3 statements, 2016-03 – 2016-04\n"), "\(r.stdout)")
        #expect(r.stdout.contains("     2   67%  Anna Berg, busiest 2016-03 (2)"), "\(r.stdout)")
        #expect(r.stdout.contains("     1   33%  Port Gazette, busiest 2016-04 (1)"), "\(r.stdout)")
        #expect(r.stdout.contains("     2   67%  female"))
        #expect(r.stdout.contains("     1   33%  male"))
        let json = try CLI.run(["stats", "--db", db, "--format", "json", "--since", "2016-04"])
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(o["statements"] as? Int == 1)
        #expect((o["gender"] as? [String: Int])?["male"] == 1)
        #expect(try CLI.run(["stats", "--db", db, "--until", "2016-02-30"]).status != 0)
    }
}
