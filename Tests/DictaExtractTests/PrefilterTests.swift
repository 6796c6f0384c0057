import Foundation
import Testing
@testable import DictaExtract

@Suite struct PrefilterTests {
    func strip(_ s: String) -> String { String(decoding: Prefilter.strip(Data(s.utf8)), as: UTF8.self) }

    @Test func emptiesScriptsAndStylesButKeepsTheTags() {
        #expect(strip("<p>a</p><script>var x = '<p>no</p>';</script><p>b</p>") == "<p>a</p><script></script><p>b</p>")
        #expect(strip("<STYLE type=\"text/css\">p { color: red }</STYLE><p>b</p>") == "<STYLE type=\"text/css\"></STYLE><p>b</p>")
    }

    @Test func keepsJSONLD() {
        let page = "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script><p>b</p>"
        #expect(strip(page) == page)
    }

    @Test func dropsComments() {
        #expect(strip("<p>a<!-- hidden <p>x</p> --></p>") == "<p>a</p>")
    }

    @Test func leavesLookalikesAlone() {
        // <scripted> is not <script>; text that mentions a script is text.
        let page = "<scripted>keep</scripted><p>the script said &lt;script&gt;</p>"
        #expect(strip(page) == page)
    }

    @Test func unterminatedScriptEndsThePage() {
        #expect(strip("<p>a</p><script>never closed") == "<p>a</p><script>")
    }
}

@Suite struct PrefilterSVGTests {
    func strip(_ s: String) -> String { String(decoding: Prefilter.strip(Data(s.utf8)), as: UTF8.self) }

    @Test func emptiesInlineSVG() {
        #expect(strip("<p>a<svg viewBox=\"0 0 9 9\"><path d=\"M0 0L9 9\"/></svg>b</p>") == "<p>a<svg viewBox=\"0 0 9 9\"></svg>b</p>")
    }

    @Test func selfClosingOrUnclosedSVGKeepsWhatFollows() {
        let selfClosing = "<p>a<svg class=\"icon\"/>b</p><p>c</p><svg><path/></svg>"
        #expect(strip(selfClosing) == "<p>a<svg class=\"icon\"/>b</p><p>c</p><svg></svg>")
        let unclosed = "<p>a<svg>b</p><p>c</p>"
        #expect(strip(unclosed) == unclosed)
    }
}

@Suite struct PrefilterAttributeTests {
    func strip(_ s: String) -> String { String(decoding: Prefilter.strip(Data(s.utf8)), as: UTF8.self) }

    @Test func keepsOnlyAttributesThatAreRead() {
        #expect(strip("<img src=\"a.jpg\" data-x='1' alt=x class=\"photo\"><p ID=main onclick=\"go()\">t</p>")
            == "<img class=\"photo\"><p ID=main>t</p>")
    }

    @Test func quotedValuesMayHoldAngleBrackets() {
        #expect(strip("<a data-tip=\"a > b\" href='/author/x'>link</a>") == "<a href='/author/x'>link</a>")
    }

    @Test func addressesAreKeptOnlyWhereTheyAreRead() {
        #expect(strip("<a href=\"/news/1\" title=\"Read\">x</a>") == "<a>x</a>")
        #expect(strip("<a href=\"/autor/anna\" rel=author>Anna</a>") == "<a href=\"/autor/anna\" rel=author>Anna</a>")
        #expect(strip("<link rel=\"canonical\" href=\"https://example.org/a\">") == "<link rel=\"canonical\" href=\"https://example.org/a\">")
    }

    @Test func aTitleIsKeptWhereItMayHoldADate() {
        #expect(strip("<abbr class=\"published\" title=\"2013-04-04\">4 April</abbr><img title=\"x\">")
            == "<abbr class=\"published\" title=\"2013-04-04\">4 April</abbr><img>")
    }

    @Test func aStyleIsKeptOnlyWhenItHides() {
        #expect(strip("<div style=\"color:red\">a</div><div style=\"display: NONE\">b</div>")
            == "<div>a</div><div style=\"display: NONE\">b</div>")
    }

    @Test func selfClosingAndValuelessAttributesSurvive() {
        #expect(strip("<br/><div hidden data-y>x</div><time pubdate datetime=2020-01-02/>")
            == "<br/><div hidden>x</div><time pubdate datetime=2020-01-02/>")
    }

    @Test func textAndUnterminatedTagsAreLeftAsTheyAre() {
        #expect(strip("<p>1 < 2 and a<b</p>") == "<p>1 < 2 and a<b</p>")
        #expect(strip("<p>a</p><div class=\"x\" data-z=\"never closed") == "<p>a</p><div class=\"x\" data-z=\"never closed")
    }
}

@Suite struct PrefilterWhiteSpaceTests {
    func strip(_ s: String) -> String { String(decoding: Prefilter.strip(Data(s.utf8)), as: UTF8.self) }

    @Test func indentationBecomesOneCharacter() {
        #expect(strip("<div>\n    <p>a</p>\n\t\t</div>\r\n  ") == "<div>\n<p>a</p>\n</div>\r")
        // Trailing spaces before the line break go with it; the first of the run is kept.
        #expect(strip("<p>one  \n   two</p>") == "<p>one two</p>")
    }

    @Test func spacesWithoutALineBreakStay() {
        let page = "<p>a  b\u{00A0}\u{00A0}c</p>"
        #expect(strip(page) == page)
    }

    @Test func jsonLDKeepsItsWhiteSpace() {
        let ld = "<script type=\"application/ld+json\">{\n    \"headline\": \"A\n\n   B\"\n}</script>"
        #expect(strip("<head>\n  \(ld)\n</head>") == "<head>\n\(ld)\n</head>")
    }

    @Test func theExtractedTextIsTheSame() throws {
        let page = """
            <html><head><title>Ferry route approved</title></head><body><article>
                <h1>Ferry   route
                    approved</h1>
                <p>The council approved the new ferry route on Tuesday, after a long debate that
                   ran well into the evening, and the first boats will sail in spring.</p>
                <p>"We waited years for this," said the harbour master,   who had argued for it.</p>
            </article></body></html>
            """
        let article = try Extractor().extract(Data(page.utf8), source: "ferry.html")
        #expect(article.title == "Ferry route approved")
        #expect(article.body.contains("debate that ran well into the evening"))
        #expect(article.body.contains("said the harbour master, who had argued"))
    }
}
