import DictaCore
import DictaStore
import Foundation
import Testing

/// The commands end to end, as a user types them.
@Suite struct CommandTests {
    @Test func helpListsEveryCommand() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        for c in ["extract", "ingest", "quotes", "speakers", "search", "show", "export"] {
            #expect(r.stdout.contains(c), "help lacks \(c)")
        }
    }

    @Test func rawKeepsTheBodyByteForByte() throws {
        let text = "  First line, not a title\n\n\"We will see,\" Anna Berg said.  \n"
        let r = try CLI.run(["extract", "--raw", "-"], stdin: Data(text.utf8))
        #expect(r.status == 0)
        let doc = try JSONDecoder().decode(AttributedArticle.self, from: Data(r.stdout.utf8))
        #expect(doc.article.body == text)
        #expect(doc.article.title == nil)
        #expect(doc.quotes.first?.speaker?.name == "Anna Berg")
    }

    @Test func showExplainsHowEachSpeakerWasFound() throws {
        let dir = try TempDir()
        let f = try dir.write("in/a.txt", """
            Harbour Talks Go On

            Mary Lund met John Carter at the port on Monday.

            "We will sign the deal in May," she said.
            """)
        let db = dir.file("db.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, f.path]).status == 0)
        let exported = try CLI.run(["export", "--db", db, "--format", "jsonl"])
        let doc = try JSONDecoder().decode(AttributedArticle.self, from: Data(exported.stdout.utf8))
        let r = try CLI.run(["show", "--db", db, doc.article.id])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Mary Lund (as “she”)"))
        #expect(r.stdout.contains("speaker: “she”: the first person named in the nearest sentence that names one who agrees"))
    }

    @Test func gzipInputIsDecompressed() throws {
        let dir = try TempDir()
        let f = try dir.write("page.txt", Fixtures.article(7))
        let gz = Process()
        gz.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gz.arguments = ["-k", f.path]
        try gz.run()
        gz.waitUntilExit()
        let r = try CLI.run(["extract", f.path + ".gz"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONDecoder().decode(AttributedArticle.self, from: Data(r.stdout.utf8))
        #expect(doc.article.title == "Harbour Council Approves New Ferry Route Number 7")
    }

    @Test func filesFromReadsAListOfPathsAfterTheArguments() throws {
        let dir = try TempDir()
        let a = try dir.write("a b.txt", Fixtures.article(1))
        let b = try dir.write("b.txt", Fixtures.article(2))
        let c = try dir.write("c.txt", Fixtures.article(3))
        let list = try dir.write("list.txt", "\(b.path)\r\n\n\(c.path)\n")
        let r = try CLI.run(["extract", "--no-statements", "--files-from", list.path, a.path])
        #expect(r.status == 0, "\(r.stderr)")
        let titles = try r.stdout.split(separator: "\n").map {
            try JSONDecoder().decode(AttributedArticle.self, from: Data($0.utf8)).article.title ?? ""
        }
        #expect(titles.map { $0.split(separator: " ").last.map(String.init) } == ["1", "2", "3"])

        let fromStdin = try CLI.run(["extract", "--files-from", "-"], stdin: Data(b.path.utf8))
        #expect(fromStdin.status == 0 && fromStdin.stdout.contains("Route Number 2"))

        let missing = try CLI.run(["extract", "--files-from", dir.file("nope.txt").path])
        #expect(missing.status != 0 && missing.stderr.contains("nope.txt"))
        let none = try CLI.run(["extract"])
        #expect(none.status != 0 && none.stderr.contains("--files-from"))
    }

    @Test func quotesListsAReprintOnceWithItsSources() throws {
        let dir = try TempDir()
        try dir.write("in/a.txt", Fixtures.article(1))
        // The same story picked up by another site: a new headline, the same statements.
        try dir.write("in/b.txt", Fixtures.article(1).replacingOccurrences(of: "Harbour Council Approves", with: "Islanders Get"))
        let db = dir.file("db.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, dir.file("in").path]).status == 0)
        let table = try CLI.run(["quotes", "--db", db, "--speaker", "Peter Holm"])
        #expect(table.stdout.contains("· 2 sources") && table.stdout.contains("also in:"), "\(table.stdout)")
        let jsonl = try CLI.run(["quotes", "--db", db, "--speaker", "Peter Holm", "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(object?["source_count"] as? Int == 2)
        #expect((object?["sources"] as? [[String: Any]])?.count == 2)
        let copies = try CLI.run(["quotes", "--db", db, "--speaker", "Peter Holm", "--every-copy", "--format", "jsonl"])
        #expect(copies.stdout.split(separator: "\n").count == 2)
    }

    @Test func aBodyCutToItsCapSaysSoOnStderr() throws {
        let dir = try TempDir()
        let paragraphs = (0..<20_000).map { "<p>The harbour will stay open this winter, number \($0), the mayor said in Lund.</p>" }
        let page = try dir.write("big.html", "<html><head><title>Big</title></head><body><article>\(paragraphs.joined())</article></body></html>")
        let r = try CLI.run(["extract", "--format", "jsonl", "--no-statements", page.path])
        #expect(r.status == 0, "a cut body is still an article")
        #expect(r.stderrLines.count == 1)
        #expect(r.stderr.contains("big.html: body cut to its first 1 MB (the page holds 1.5 MB of text)"), "\(r.stderr)")
        let small = try dir.write("small.html", "<html><body><article><p>The mayor said the harbour will stay open.</p></article></body></html>")
        #expect(try CLI.run(["extract", small.path]).stderr.isEmpty)
    }

    @Test func extractedLinesWithBadFieldsAreRefusedByLineAndField() throws {
        let dir = try TempDir()
        let a = try dir.write("a.txt", Fixtures.article(1))
        let line = try #require(try CLI.run(["extract", a.path]).stdout.split(separator: "\n").first)
        func spoiled(_ spoil: (inout [String: Any]) -> Void) throws -> String {
            var json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            spoil(&json)
            return String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
        }
        func firstQuote(_ json: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
            var quotes = json["quotes"] as! [[String: Any]]
            change(&quotes[0])
            json["quotes"] = quotes
        }
        let bad = [
            try spoiled { $0["id"] = "../secret" },
            try spoiled { $0["published"] = "9999-99-99" },
            try spoiled { j in firstQuote(&j) { $0["content"] = [[0, 1_000_000]] } },
            try spoiled { j in firstQuote(&j) { $0["text"] = "words nobody wrote" } },
            try spoiled { j in firstQuote(&j) { $0["confidence"] = 7 } },
        ]
        let jsonl = try dir.write("in.jsonl", (bad + [String(line)]).joined(separator: "\n") + "\n")
        let db = dir.file("db.sqlite").path
        let r = try CLI.run(["ingest", "--db", db, "--extracted", jsonl.path])
        #expect(r.status == 1)
        for (n, field) in ["id", "published", "quotes[0].content[0]", "quotes[0].text", "quotes[0].confidence"].enumerated() {
            #expect(r.stderr.contains("in.jsonl:\(n + 1): refused: \(field):"), "\(field): \(r.stderr)")
        }
        #expect(r.stderrLines.count == 5, "\(r.stderr)")
        #expect(try SQLiteStore(path: db).counts().articles == 1)
    }

    @Test func extractedArticlesAreStoredAsTheyAre() throws {
        let dir = try TempDir()
        let a = try dir.write("a.txt", Fixtures.article(1))
        let b = try dir.write("b.txt", Fixtures.article(2))
        let extracted = try CLI.run(["extract", a.path, b.path])
        #expect(extracted.status == 0)
        // Two good lines around a broken one and one that is not an article.
        let lines = extracted.stdout.split(separator: "\n")
        let jsonl = try dir.write("articles.jsonl", "\(lines[0])\n{\"schema\": 1, \"id\": \"x\"}\n\nnot json\n\(lines[1])\n")
        let db = dir.file("db.sqlite").path
        let r = try CLI.run(["ingest", "--db", db, "--extracted", jsonl.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("articles.jsonl:2: not an extracted article: missing"), "\(r.stderr)")
        #expect(r.stderr.contains("articles.jsonl:4: not an extracted article: not JSON"), "\(r.stderr)")
        // The good articles are stored exactly as extracted.
        let exported = try CLI.run(["export", "--db", db])
        #expect(Set(exported.stdout.split(separator: "\n")) == Set(lines))
        #expect(try CLI.run(["ingest", "--db", db, "--extracted", "--raw", jsonl.path]).status != 0)
    }

    @Test func ingestTwiceChangesNothingAndQueriesFindThePerson() throws {
        let dir = try TempDir()
        try dir.write("in/a.txt", Fixtures.article(1))
        try dir.write("in/b.txt", Fixtures.article(2))
        let db = dir.file("db.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, dir.file("in").path]).status == 0)
        let first = try CLI.run(["export", "--db", db])
        #expect(try CLI.run(["ingest", "--db", db, dir.file("in").path]).status == 0)
        let second = try CLI.run(["export", "--db", db])
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.split(separator: "\n").count == 2)

        let speakers = try CLI.run(["speakers", "--db", db])
        #expect(speakers.stdout.hasPrefix("Maria Lindqvist (also: Lindqvist) — council chair: 4 statements in 2 articles"), "\(speakers.stdout)")
        let quotes = try CLI.run(["quotes", "--db", db, "--speaker", "Lindqvist", "--kind", "direct", "--format", "jsonl"])
        #expect(quotes.stdout.split(separator: "\n").count == 2)
        let csv = try CLI.run(["quotes", "--db", db, "--about", "taxpayers", "--format", "csv"])
        #expect(csv.stdout.split(separator: "\r\n").count == 3, "the header and the opponents' reported statement in each article")
        #expect(csv.stdout.contains(",Opponents,indirect,"), "a generic source keeps its mention and gets no name")
        let search = try CLI.run(["search", "--db", db, "islands"])
        #expect(search.stdout.contains("Maria Lindqvist"))
    }

    @Test(arguments: ["last week", "2016-13-01", "2020-02-30", "2021-02-29", "2024-4-01"])
    func badDateIsRefusedWithAReadableMessage(date: String) throws {
        let r = try CLI.run(["quotes", "--since", date])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--since wants a real date as YYYY-MM-DD"), "\(r.stderr)")
    }

    @Test func minConfidenceIsANumberFromZeroToOne() throws {
        let dir = try TempDir()
        let db = dir.file("dicta.sqlite").path
        _ = try CLI.run(["ingest", "--db", db, try dir.write("a.txt", Fixtures.article(1)).path])
        let all = try CLI.run(["quotes", "--db", db, "--format", "jsonl", "--min-confidence", "0"])
        #expect(all.status == 0 && !all.stdout.isEmpty)
        let none = try CLI.run(["quotes", "--db", db, "--format", "jsonl", "--min-confidence", "1"])
        #expect(none.stdout.split(separator: "\n").count < all.stdout.split(separator: "\n").count)
        let bad = try CLI.run(["quotes", "--db", db, "--min-confidence", "1.5"])
        #expect(bad.status != 0 && bad.stderr.contains("--min-confidence wants a number from 0 to 1"))
    }

    /// A command that cannot do what was asked says why, without the usage text.
    @Test func runtimeFailuresCarryNoUsageText() throws {
        let dir = try TempDir()
        let db = dir.file("dicta.sqlite").path
        _ = try CLI.run(["ingest", "--db", db, try dir.write("a.txt", Fixtures.article(1)).path])
        for (args, message) in [(["show", "--db", db, "68"], "needs 4 characters or more"),
                                (["show", "--db", db, "ffffffff"], "No stored article has id ffffffff"),
                                (["speaker", "--db", db, "Nobody Atall"], "No speaker named Nobody Atall"),
                                (["quotes", "--db", dir.file("none.sqlite").path], "No database at")] {
            let r = try CLI.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("Usage:"), "\(args): \(r.stderr)")
        }
    }

    /// `ingest` ends with one summary line on stderr, terminal or not.
    @Test func ingestEndsWithASummaryLine() throws {
        let dir = try TempDir()
        let good = try dir.write("a.txt", Fixtures.article(2))
        let r = try CLI.run(["ingest", "--db", dir.file("dicta.sqlite").path, good.path, dir.file("missing.txt").path])
        #expect(r.status == 1)
        let summary = try #require(r.summary, "\(r.stderr)")
        #expect(summary.hasPrefix("dicta ingest: 1 stored ("), "\(summary)")
        #expect(summary.contains(" statements), 0 unchanged, 1 failed in "), "\(summary)")
        #expect(r.stderr.hasSuffix(" s\n"))
    }
}
