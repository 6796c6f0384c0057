import DictaCore
import Foundation
import Testing

/// Pages as crawlers write them, one JSON object a line: `.jsonl` files and standard input.
@Suite struct JSONLinesInputTests {
    static func html(_ n: Int, title: String? = nil) -> String {
        let head = title.map { "<head><title>\($0)</title></head>" } ?? ""
        return "<html>\(head)<body><article><h1>Harbour talks, day \(n)</h1>"
            + "<p>The harbour council met on Monday to discuss the new ferry route and the cost of a second pier for the islands.</p>"
            + "<p>\"We will sign the deal in month \(n), and the islands will finally be connected,\" Mary Lund said after the meeting.</p>"
            + "<p>The council argued that the port needed \(n) more cranes before the route could open in the spring.</p></article></body></html>"
    }

    static func line(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func aJSONLinesFileIsAPageALineAndABadLineIsReportedByLine() throws {
        let dir = try TempDir()
        let lines = [
            try Self.line(["url": "https://example.org/1", "html": Self.html(1), "published": "2024-05-02", "outlet": "Harbour News",
                           "authors": ["Ann Lee"]]),
            "{not json",
            try Self.line(["url": "https://example.org/3", "text": "Ferries Run Late\n\nThe ferries will run late all winter, Tomas Varga told reporters on Friday."]),
            try Self.line(["url": "https://example.org/4"]),
            "",
            try Self.line(["url": "https://example.org/6", "html": Self.html(6), "published": "not a date"]),
        ]
        let f = try dir.write("pages.jsonl", lines.joined(separator: "\n") + "\n")
        let r = try CLI.run(["extract", f.path])
        #expect(r.status == 1, "two lines are no pages")
        let docs = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(AttributedArticle.self, from: Data($0.utf8)) }
        #expect(docs.map(\.article.source) == ["\(f.path):1", "\(f.path):3", "\(f.path):6"])
        #expect(docs.map(\.article.url) == ["https://example.org/1", "https://example.org/3", "https://example.org/6"])
        #expect(docs[0].article.published == "2024-05-02")
        #expect(docs[0].article.outlet == "Harbour News")
        #expect(docs[0].article.authors == ["Ann Lee"])
        #expect(docs[0].quotes.contains { $0.speaker?.name == "Mary Lund" })
        #expect(docs[1].article.title == "Ferries Run Late", "a text line is scraped page text")
        #expect(docs[1].quotes.first?.speaker?.name == "Tomas Varga")
        #expect(docs[2].article.published == nil, "a date that is no date is left out")
        #expect(r.stderr.contains("\(f.path):2: not a page: not JSON"))
        #expect(r.stderr.contains("\(f.path):4: not a page: no \"html\" or \"text\""))
    }

    @Test func theCrawlersFieldsFillOnlyWhatThePageDoesNotSay() throws {
        let page = "<html><head><title>Harbour Talks Go On</title><meta property=\"article:published_time\" content=\"2023-01-09\"></head>"
            + String(Self.html(2).dropFirst("<html>".count))
        let input = try Self.line(["url": "https://example.org/2", "html": page, "title": "Crawler title", "published": "2020-01-01"])
        let r = try CLI.run(["extract", "--input-format", "jsonl", "-"], stdin: Data((input + "\n").utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try JSONDecoder().decode(AttributedArticle.self, from: Data(r.stdout.utf8))
        #expect(doc.article.source == "-:1")
        #expect(doc.article.published == "2023-01-09", "the page's own date wins")
        #expect(doc.article.title != "Crawler title")
    }

    @Test func severalJobsPrintWhatOneJobPrintsForJSONLines() throws {
        let input = try (0..<20).map { try Self.line(["url": "https://example.org/\($0)", "html": Self.html($0)]) }.joined(separator: "\n")
        let one = try CLI.run(["extract", "--jobs", "1", "--input-format", "jsonl", "-"], stdin: Data(input.utf8))
        let three = try CLI.run(["extract", "--jobs", "3", "--input-format", "jsonl", "-"], stdin: Data(input.utf8))
        #expect(one.status == 0)
        #expect(one.stdout.split(separator: "\n").count == 20)
        #expect(three.stdout == one.stdout)
    }

    func gzip(_ file: URL) throws -> URL {
        let gz = Process()
        gz.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gz.arguments = ["-kf", file.path]
        try gz.run()
        gz.waitUntilExit()
        return URL(fileURLWithPath: file.path + ".gz")
    }

    @Test func aGzippedJSONLinesFileIsReadAsItDecompressesMemberAfterMember() throws {
        let dir = try TempDir()
        let first = try dir.write("a.jsonl", try (0..<3).map { try Self.line(["url": "https://example.org/\($0)", "html": Self.html($0)]) }.joined(separator: "\n") + "\n")
        let second = try dir.write("b.jsonl", try Self.line(["url": "https://example.org/9", "html": Self.html(9)]) + "\n")
        // Two gzip members, one after the other, as WARC files and `cat a.gz b.gz` have them.
        var both = try Data(contentsOf: try gzip(first))
        both.append(try Data(contentsOf: try gzip(second)))
        let f = dir.file("pages.jsonl.gz")
        try both.write(to: f)
        let r = try CLI.run(["extract", f.path])
        #expect(r.status == 0, "\(r.stderr)")
        let docs = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(AttributedArticle.self, from: Data($0.utf8)) }
        #expect(docs.map(\.article.url) == ["https://example.org/0", "https://example.org/1", "https://example.org/2", "https://example.org/9"])
        #expect(docs.first?.article.source == "\(f.path):1")
    }

    @Test func aTruncatedGzipIsAnErrorAfterTheLinesBeforeTheCut() throws {
        let dir = try TempDir()
        let text = try (0..<40).map { try Self.line(["url": "https://example.org/\($0)", "html": Self.html($0)]) }.joined(separator: "\n") + "\n"
        let gz = try Data(contentsOf: try gzip(try dir.write("a.jsonl", text)))
        let f = dir.file("cut.jsonl.gz")
        try gz.prefix(gz.count * 2 / 3).write(to: f)
        let r = try CLI.run(["extract", f.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("truncated gzip data"), "\(r.stderr)")
        let n = r.stdout.split(separator: "\n").count
        #expect(n > 0 && n < 40, "the lines before the cut, not the rest")
    }
}
