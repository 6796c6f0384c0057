import Testing
@testable import DictaExtract

/// The last walk into `<nav>`, `<aside>`, `<footer>` and `<noscript>`.
@Suite struct WrapperTests {
    @Test func anArticleLeftInsideAnUnclosedNavIsFound() throws {
        // The menu's <nav> is never closed, so the parser puts the whole article inside it.
        let html = Pages.article().replacingOccurrences(of: "<nav><ul><li><a href=\"/a\">Politics</a></li><li><a href=\"/b\">Economy</a></li></ul></nav>",
                                                         with: "<nav><ul><li><a href=\"/a\">Politics</a></li><li><a href=\"/b\">Economy</a></li></ul>")
        let a = try Pages.extract(html)
        for p in Pages.paragraphs { #expect(a.body.contains(p)) }
        #expect(!a.body.contains("Politics"), "the menu's links are still dropped")
    }

    @Test func anArticleOnlyInNoscriptIsFound() throws {
        let more = ["Ferry operators on the islands said they would need two new boats before the route can start, and the council promised to help pay for them.",
                    "The first crossings are planned for April, weather permitting, with a later evening departure added in the summer months."]
        let ps = (Pages.paragraphs + more).map { "<p>\($0)</p>" }.joined()
        let html = "<html><head><title>Ferry route</title></head><body><div id=\"app\"></div><noscript><div class=\"text\">\(ps)</div></noscript></body></html>"
        let a = try Pages.extract(html)
        for p in Pages.paragraphs { #expect(a.body.contains(p)) }
    }

    @Test func aFooterBlurbOnAnIndexPageIsNoArticle() throws {
        let links = (1...30).map { "<li><a href=\"/story/\($0)\">Story number \($0) about something that happened today</a></li>" }
        let blurb = "The Harbour Times is an independent newspaper for the northern islands, founded in 1902 and owned by its readers, who elect its board every second year."
        let html = "<html><head><title>News</title></head><body><ul>\(links.joined())</ul><footer><p>\(blurb)</p></footer></body></html>"
        #expect(try Pages.extract(html).body.isEmpty)
    }

    @Test func aWellFormedPageKeepsItsNavigationOut() throws {
        let a = try Pages.extract(Pages.article())
        #expect(!a.body.contains("Politics"))
        #expect(!a.body.contains("All rights reserved"))
    }
}
