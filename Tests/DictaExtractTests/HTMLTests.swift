import Foundation
import Testing
@testable import DictaExtract

/// A page with the usual furniture around a short article, written for these tests.
enum Pages {
    static let paragraphs = [
        "The harbour council approved the new ferry route on Tuesday after a debate that lasted most of the afternoon, council chair Maria Lindqvist said.",
        "The route will connect the three northern islands with the mainland twice a day, starting in the spring, and tickets will cost the same as the bus.",
        "\"We have waited for this route for eleven years, and the islands deserve it,\" Lindqvist said after the vote.",
    ]

    static func article(head: String = "", extraBody: String = "") -> String {
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <title>Council approves ferry route - The Harbour Times</title>
        <meta property="og:site_name" content="The Harbour Times">
        \(head)
        </head><body>
        <header class="site-header"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></header>
        <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Economy</a></li></ul></nav>
        <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
        <main><article>
        <h1>Council approves ferry route</h1>
        <div class="byline">By Anna Berg</div>
        <figure><img src="x.jpg"><figcaption>The ferry at the northern pier. Photo: Jane Doe</figcaption></figure>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        \(extraBody)
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        </article>
        <aside class="related"><h3>Related stories</h3><ul><li><a href="/1">Bridge repairs delayed again this winter</a></li></ul></aside>
        <section class="comments"><p>First comment: this is a great decision for all of us here.</p></section>
        </main>
        <footer><p>© 2024 The Harbour Times. All rights reserved. Contact us for more information.</p></footer>
        </body></html>
        """
    }

    static func extract(_ html: String, name: String = "page.html", url: String? = nil) throws -> DictaCore.Article {
        try Extractor().extract(Data(html.utf8), source: name, url: url)
    }
}

import DictaCore

@Suite struct MainContentTests {
    @Test func keepsTheArticleAndDropsTheFurniture() throws {
        let a = try Pages.extract(Pages.article())
        for p in Pages.paragraphs {
            #expect(a.body.contains(p), "body lacks: \(p.prefix(30))")
        }
        for furniture in ["Home", "Politics", "cookies", "Photo: Jane Doe", "Share on Facebook", "Bridge repairs",
                          "First comment", "All rights reserved"] {
            #expect(!a.body.contains(furniture), "furniture in body: \(furniture)")
        }
        #expect(a.body.components(separatedBy: "\n\n").count >= 3, "paragraphs keep a blank line between them")
    }

    @Test func figureCaptionsAreCaptionsNotBody() throws {
        let a = try Pages.extract(Pages.article(extraBody: """
            <figure><figcaption>Maria Lindqvist at the vote. Photo: Jane Doe</figcaption></figure>
            <figure><figcaption>The ferry at the northern pier. Photo: Jane Doe</figcaption></figure>
            """))
        // Each caption once, in page order, and none of them in the body.
        #expect(a.captions == ["The ferry at the northern pier. Photo: Jane Doe", "Maria Lindqvist at the vote. Photo: Jane Doe"])
        #expect(!a.body.contains("Jane Doe"))
        #expect(try Pages.extract(Pages.article()).captions == ["The ferry at the northern pier. Photo: Jane Doe"])
    }

    @Test func keepsListsAndBlockQuotesInTheArticle() throws {
        let extra = """
            <ul><li>Two departures a day from the northern pier all year round</li><li>Tickets priced like the regional bus service</li></ul>
            <blockquote><p>This is the most important decision the council has taken in a decade, the mayor wrote in a letter.</p></blockquote>
            """
        let a = try Pages.extract(Pages.article(extraBody: extra))
        #expect(a.body.contains("Two departures a day"))
        #expect(a.body.contains("Tickets priced like"))
        #expect(a.body.contains("the most important decision"))
    }

    @Test func anIndexPageHasNoBody() throws {
        let links = (1...30).map { "<li><a href=\"/story/\($0)\">Story number \($0) about something that happened today</a></li>" }
        let html = "<html><head><title>News index</title></head><body><ul>\(links.joined())</ul></body></html>"
        let a = try Pages.extract(html)
        #expect(a.body.isEmpty)
    }
}

@Suite struct HTMLMetadataTests {
    @Test func titleLosesTheSiteName() throws {
        let a = try Pages.extract(Pages.article())
        #expect(a.title == "Council approves ferry route")
        #expect(a.outlet == "The Harbour Times")
        #expect(a.language == "en")
    }

    @Test func jsonLDGivesDateAndAuthors() throws {
        let ld = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Harbour"},
            {"@type":"NewsArticle","headline":"Council approves ferry route","datePublished":"2024-03-05T10:38:31+00:00",
            "dateModified":"2024-03-06T08:00:00+00:00","author":[{"@type":"Person","name":"Anna Berg"},{"@type":"Person","name":"Tomas Varga"}],
            "publisher":{"@type":"Organization","name":"The Harbour Times"}}]}</script>
            """
        let a = try Pages.extract(Pages.article(head: ld))
        #expect(a.published == "2024-03-05")
        #expect(a.modified == "2024-03-06")
        #expect(a.authors == ["Anna Berg", "Tomas Varga"])
    }

    @Test func metaTagsAndBylineWhenThereIsNoJSONLD() throws {
        let head = #"<meta property="article:published_time" content="2023-11-02T09:00:00Z"><meta name="keywords" content="ferry, council, islands">"#
        let a = try Pages.extract(Pages.article(head: head))
        #expect(a.published == "2023-11-02")
        #expect(a.authors == ["Anna Berg"], "the byline, without its 'By'")
        #expect(a.keywords == ["ferry", "council", "islands"])
    }

    @Test func aPublisherIsNotAnAuthor() throws {
        let head = #"<meta name="author" content="The Harbour Times">"#
        let html = Pages.article(head: head).replacingOccurrences(of: "<div class=\"byline\">By Anna Berg</div>", with: "")
        let a = try Pages.extract(html)
        #expect(a.authors.isEmpty)
    }

    @Test func aPageClockIsNoPublicationDate() throws {
        let clock = "<p class=\"time\">Aktuelle Zeit: 14.10.2020, 09:12</p>"
        let a = try Pages.extract(Pages.article(extraBody: clock).replacingOccurrences(of: "<main>", with: "<div class=\"clock\">\(clock)</div><main>"))
        #expect(a.published == nil)
    }

    @Test func dateFromTheURLWhenThePageStatesNone() throws {
        let a = try Pages.extract(Pages.article(), url: "https://example.org/news/2022/07/14/ferry-route")
        #expect(a.published == "2022-07-14")
    }

    @Test(arguments: [
        ("2019-12-15T08:56:00+03:00", "2019-12-15"),  // ISO stamp
        ("15. Dezember 2019", "2019-12-15"),          // German written date
        ("December 15, 2019", "2019-12-15"),          // English written date
        ("next week", nil),                           // no date
    ])
    func dayReading(text: String, expected: String?) {
        #expect(PageMetadata.day(text) == expected)
    }
}

@Suite struct CharsetTests {
    @Test(arguments: [
        ([0xEF, 0xBB, 0xBF] + Array("<html>".utf8), "UTF-8"),                                  // BOM
        (Array("<meta charset=\"ISO-8859-1\"><p>Caf".utf8) + [0xE9], "windows-1252"),           // declared Latin-1
        (Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>".utf8) + [0xEF], "WINDOWS-1251"),
        (Array("<meta charset=\"iso-8859-1\"><p>Caf\u{E9}".utf8), "UTF-8"),                     // mislabelled: the bytes are UTF-8
        (Array("<meta charset=\"utf-8\"><p>Caf".utf8) + [0xE9, 0x20], "windows-1252"),          // declared UTF-8, bytes are not
        (Array("<p>plain ascii</p>".utf8), "UTF-8"),                                            // nothing declared, nothing to decide
    ] as [([UInt8], String)])
    func detect(bytes: [UInt8], expected: String) {
        #expect(Charset.detect(Data(bytes)) == expected)
    }

    @Test func wrongDeclaredCharsetStillGivesTheRightText() throws {
        let html = "<html><head><meta charset=\"utf-8\"><title>Caf\u{E9} prices</title></head><body><article><p>"
            + String(repeating: "The caf\u{E9} owner said prices would rise by ten percent next month. ", count: 3)
            + "</p></article></body></html>"
        let a = try Extractor().extract(html.data(using: .isoLatin1)!, source: "cafe.html")
        #expect(a.title == "Caf\u{E9} prices")
        #expect(a.body.contains("The caf\u{E9} owner"))
    }

    /// Declared rightly, or labelled UTF-8 though the bytes are windows-1251: uchardet reads
    /// the mislabelled bytes, where windows-1252 gave mojibake.
    @Test(arguments: ["windows-1251", "utf-8"])
    func windows1251PageComesOutAsCyrillic(declared: String) throws {
        let text = String(repeating: "Министр обороны заявил в понедельник, что переговоры продолжатся на следующей неделе. ", count: 3)
        let html = "<html><head><meta charset=\"\(declared)\"><title>Новости</title></head><body><article><p>\(text)</p></article></body></html>"
        let a = try Extractor().extract(html.data(using: .windowsCP1251)!, source: "ru.html")
        #expect(a.title == "Новости")
        #expect(a.body.contains("Министр обороны заявил"))
    }
}

@Suite struct HTMLBadInputTests {
    @Test func truncatedPageKeepsWhatItHas() throws {
        let html = "<html><head><title>Cut short</title></head><body><article><p>" + Pages.paragraphs[0] + "</p><p>" + Pages.paragraphs[1] + "</p><p>The page ends in the mid"
        let a = try Pages.extract(html)
        #expect(a.title == "Cut short")
        #expect(a.body.contains(Pages.paragraphs[1]))
    }

    @Test func fiftyMegabytePageIsBounded() throws {
        let p = "<p>" + String(repeating: "word ", count: 200) + "</p>\n"
        let html = "<html><head><title>Big</title></head><body><article>" + String(repeating: p, count: 50 * 1024 * 1024 / p.utf8.count) + "</article></body></html>"
        let a = try Pages.extract(html)
        #expect(a.title == "Big")
        #expect(a.body.utf8.count <= HTMLReader.maxBodyBytes)
        #expect(a.body.utf8.count > HTMLReader.maxBodyBytes / 2)
    }

    @Test(arguments: [10_000, 100_000])
    func deeplyNestedDivsStillGiveTheText(depth: Int) throws {
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>" + Pages.paragraphs[0] + " " + Pages.paragraphs[1]
            + "</p>" + String(repeating: "</div>", count: depth) + "</body></html>"
        let a = try Pages.extract(html)
        #expect(a.body.contains(Pages.paragraphs[1]))
    }

    @Test func binaryFileNamedHTMLIsRefused() {
        let bytes = Data((0..<4096).map { UInt8($0 % 256) })
        #expect(throws: ExtractError.binary) { try Extractor().extract(bytes, source: "image.html") }
    }

    @Test func emptyHTMLIsRefused() {
        #expect(throws: ExtractError.empty) { try Extractor().extract(Data(), source: "empty.html") }
    }

    @Test(arguments: ["page.txt", "page"])
    func htmlSavedUnderAnotherNameIsStillHTML(name: String) throws {
        let a = try Pages.extract(Pages.article(), name: name)
        #expect(a.title == "Council approves ferry route")
        #expect(!a.body.contains("<p>"))
    }
}

@Suite struct LeadAndHeadingTests {
    static let body = (Pages.paragraphs + Pages.paragraphs).map { "<p>\($0)</p>" }.joined(separator: "\n")

    @Test func aLeadOutsideTheArticleContainerJoinsIt() throws {
        let html = """
        <html><head><title>Ferry</title></head><body><div id="page">
        <header class="article-header"><h1>Council approves ferry route</h1>
        <p class="intro">The islands will finally be linked to the mainland by a daily ferry after years of waiting.</p>
        <div>12.03.2024</div><div>By Anna Berg</div></header>
        <div class="main"><div class="article-body">\(Self.body)</div></div></div></body></html>
        """
        let a = try Pages.extract(html)
        #expect(a.body.hasPrefix("The islands will finally"))
        #expect(!a.body.contains("Anna Berg"))
    }

    @Test func theSearchForALeadStopsAtTheHeadlineAndAtOtherBlocks() throws {
        let html = """
        <html><head><title>Ferry</title></head><body><div id="page">
        <p>Welcome to the website of the Harbour Times, the island newspaper since 1901, read by everyone.</p>
        <h1>Council approves ferry route</h1>
        <div class="main"><div class="article-body">\(Self.body)</div></div></div></body></html>
        """
        #expect(try !Pages.extract(html).body.contains("Welcome"))
    }

    @Test func aHeadingLeftWithoutItsBoxIsDropped() throws {
        let html = """
        <html><head><title>Ferry</title></head><body><article>\(Self.body)
        <h3>More from the council</h3><ul><li><a href="/1">Bridge repairs</a></li><li><a href="/2">New bus stop</a></li></ul>
        <h3>Background</h3><p>The islands have asked for a ferry since 2013, when the old one was sold to a company abroad.</p>
        </article></body></html>
        """
        let a = try Pages.extract(html)
        #expect(!a.body.contains("More from the council"))
        #expect(a.body.contains("Background\n\nThe islands have asked"))
    }
}
