import DictaCore
import DictaPipeline
import DictaStore
import Foundation
import Testing

/// `--metadata`: a corpus's table of titles, outlets and dates for texts that do not state them.
@Suite struct MetadataTests {
    @Test func tsvRowsAreFoundByFileNameWithoutExtensions() throws {
        let t = try MetadataTable("""
            filename\tpublisher\tpublication_date\tauthor\ttitle\textra
            harbour_2016-03-11_talks\tharbour-news\t2016-03-11\tMary Lund; John Carter\tHarbour Talks Go On\tx
            other\tNone\t2016-13-01\tNone\tNone\ty
            """, name: "m.tsv", csv: false)
        #expect(t.count == 2)
        let e = try #require(t.entry(forSource: "corpus/text/harbour_2016-03-11_talks.txt.gz"))
        #expect(e == .init(title: "Harbour Talks Go On", outlet: "harbour-news", published: "2016-03-11", authors: ["Mary Lund", "John Carter"]))
        // "None" says nothing; a date that does not exist is reported and left out.
        #expect(t.entry(forSource: "other.txt") == .init())
        #expect(t.warnings == ["m.tsv:3: published \"2016-13-01\" is not a real date as YYYY-MM-DD; left out"])
    }

    @Test func csvFieldsMayHoldCommasQuotesAndLineBreaks() throws {
        let t = try MetadataTable(#"""
            ID,Title,Outlet,Published,URL\#r
            a1,"Talks, at last: ""yes""",Harbour News,2016-03-11T09:30:00Z,https://example.org/a1\#r
            a2,"Two
            lines",,2016-02-29,\#r

            """#, name: "m.csv", csv: true)
        #expect(t.entry(forSource: "a1")?.title == "Talks, at last: \"yes\"")
        #expect(t.entry(forSource: "a1")?.published == "2016-03-11T09:30:00Z")
        #expect(t.entry(forSource: "a1")?.url == "https://example.org/a1")
        #expect(t.entry(forSource: "a2") == .init(title: "Two\nlines", published: "2016-02-29"))
    }

    @Test func aTableWithoutAKeyColumnIsRefusedByName() {
        #expect {
            try MetadataTable("title\toutlet\nA\tB\n", name: "bad.tsv", csv: false)
        } throws: { "\($0)".hasPrefix("bad.tsv: no key column") }
    }

    @Test func ingestFillsInMetadataAndUpdatesWhatIsAlreadyStored() throws {
        let dir = try TempDir()
        try dir.write("in/harbour.txt", """
            Mary Lund met John Carter at the port on Monday.

            "We will sign the deal in May," Mary Lund said.
            """)
        let db = dir.file("db.sqlite").path
        // First without the table: undated, no outlet.
        #expect(try CLI.run(["ingest", "--db", db, dir.file("in").path]).status == 0)
        let meta = try dir.write("meta.tsv", "file\toutlet\tpublished\ttitle\nharbour\tHarbour News\t2016-03-11\tHarbour Talks Go On\n")
        let r = try CLI.run(["ingest", "--db", db, "--metadata", meta.path, dir.file("in").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.summary?.contains("0 stored (0 statements), 1 updated, 0 unchanged") == true, "\(r.stderr)")
        let store = try SQLiteStore(path: db)
        let a = try #require(try store.allArticles().first)
        #expect((a.article.title, a.article.outlet, a.article.published) == ("Harbour Talks Go On", "Harbour News", "2016-03-11"))
        #expect(try store.counts().articles == 1)
        // The new title is searchable, and the same table again changes nothing.
        #expect(try store.search("harbour", limit: 5).contains { $0.title == "Harbour Talks Go On" })
        let again = try CLI.run(["ingest", "--db", db, "--metadata", meta.path, dir.file("in").path])
        #expect(again.summary?.contains("0 stored (0 statements), 0 unchanged") == false)
        #expect(again.summary?.contains("1 unchanged") == true)
    }

    @Test func extractAppliesTheTableToo() throws {
        let dir = try TempDir()
        let f = try dir.write("x.txt", "\"We will sign the deal in May,\" Mary Lund said on Monday.\n")
        let meta = try dir.write("meta.csv", "path,title,published\n\(f.path),Deal Due,2016-05-01\n")
        let r = try CLI.run(["extract", "--metadata", meta.path, f.path])
        let doc = try JSONDecoder().decode(AttributedArticle.self, from: Data(r.stdout.utf8))
        #expect((doc.article.title, doc.article.published) == ("Deal Due", "2016-05-01"))
    }
}
